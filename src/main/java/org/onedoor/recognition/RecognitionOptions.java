package org.onedoor.recognition;

import java.util.List;

/**
 * How to run OCR.
 *
 * @param languages          Tesseract language codes in priority order, e.g. {@code ["vie", "eng"]}
 * @param characterWhitelist only these characters (e.g. the MRZ alphabet {@code A-Z0-9<}); null for all
 * @param pageSegmentation   Tesseract's {@code --psm} mode (3 automatic, 6 one block, 7 one line …)
 */
public record RecognitionOptions(List<String> languages, String characterWhitelist, int pageSegmentation) {

    public RecognitionOptions {
        languages = List.copyOf(languages);
    }

    /** Vietnamese first, then English: the default for Vietnamese documents. */
    public static RecognitionOptions vietnamese() {
        return new RecognitionOptions(List.of("vie", "eng"), null, 3);
    }
}
