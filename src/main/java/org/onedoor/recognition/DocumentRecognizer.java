package org.onedoor.recognition;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Recognises a scanned original (one image per page): OCR, classification into a {@link DocumentType}, key
 * fields (number, holder name, date of birth, issue date, issuing authority …) and validity checks (readability,
 * check digits, dates in the past, expiry). What the machine cannot verify is listed in
 * {@link RecognitionResult#problems()} so that the document goes to an officer with the reason.
 */
public interface DocumentRecognizer {

    RecognitionResult recognize(List<BufferedImage> pages);
}
