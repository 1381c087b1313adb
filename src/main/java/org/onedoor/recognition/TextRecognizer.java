package org.onedoor.recognition;

import java.awt.image.BufferedImage;

/**
 * Runs OCR on one page image. At most a configured number of recognitions run at once (others wait, up to a
 * limit, then fail fast), and each is killed after a configured time.
 * <p>
 * Throws {@link OcrUnavailableException} when Tesseract or a requested language is not installed, when the pool
 * is saturated, or when the time limit is exceeded.
 */
public interface TextRecognizer {

    /** Whether Tesseract and the three language data packs were found at start. */
    boolean available();

    RecognizedText recognize(BufferedImage page, RecognitionOptions options);
}
