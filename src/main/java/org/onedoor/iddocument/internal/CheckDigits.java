package org.onedoor.iddocument.internal;

/**
 * ICAO Doc 9303 Part 3 §4.9 check digits: character values 0–9, A=10 … Z=35, filler {@code <}=0, weights 7, 3, 1
 * repeating, sum modulo 10.
 */
public final class CheckDigits {

    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigits() {
    }

    /** The value of one MRZ character, or -1 when it is not in the MRZ alphabet. */
    public static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    /** The check digit of {@code data}, which must hold only MRZ characters. */
    public static char compute(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = value(data.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not an MRZ character: " + data.charAt(i));
            }
            sum += v * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }
}
