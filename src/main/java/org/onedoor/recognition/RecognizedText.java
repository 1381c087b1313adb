package org.onedoor.recognition;

import java.util.List;

/**
 * What OCR read on one page.
 *
 * @param text            the text, lines separated by {@code \n}
 * @param meanConfidence  Tesseract's mean word confidence, 0–100
 * @param lines           the lines of text in reading order
 */
public record RecognizedText(String text, double meanConfidence, List<String> lines) {

    public RecognizedText {
        lines = List.copyOf(lines);
    }
}
