package org.onedoor.recognition;

import java.text.Normalizer;

import org.junit.jupiter.api.Assumptions;
import org.onedoor.recognition.internal.RecognitionProperties;
import org.onedoor.recognition.internal.TesseractTextRecognizer;

/** The real Tesseract for the OCR tests, probed once; tests skip with the reason where it is absent. */
final class Ocr {

    static final TesseractTextRecognizer TESSERACT = new TesseractTextRecognizer(RecognitionProperties.defaults());

    private Ocr() {
    }

    static void assumeInstalled() {
        Assumptions.assumeTrue(TESSERACT.available(),
                () -> "OCR test skipped: " + TESSERACT.problem()
                        + " (install tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-ind)");
    }

    /** 1 − Levenshtein distance / length of the truth, over NFC text with runs of whitespace as one space. */
    static double characterAccuracy(String truth, String read) {
        String a = normalise(truth);
        String b = normalise(read);
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[b.length()] / a.length();
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
    }
}
