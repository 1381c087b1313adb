package org.onedoor.recognition.internal;

import java.text.Normalizer;

/**
 * Text folded for matching, character by character so positions stay the same as in the original: lower case,
 * Vietnamese diacritics removed ({@code Ă Â Ê Ô Ơ Ư} and the five tone marks), {@code đ} → {@code d}. A regular
 * expression over {@link #folded()} therefore finds the same span in {@link #original()}, which keeps its marks.
 */
record Folded(String original, String folded) {

    static Folded of(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            sb.append(fold(nfc.charAt(i)));
        }
        return new Folded(nfc, sb.toString());
    }

    static char fold(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ') {
            return 'd';
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char b = base.isEmpty() ? c : base.charAt(0);
        return Character.toLowerCase(b);
    }

    /** Folded text with every run of non-letters and non-digits turned into one space: for keyword matching. */
    String words() {
        return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
