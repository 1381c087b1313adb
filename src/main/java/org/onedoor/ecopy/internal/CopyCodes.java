package org.onedoor.ecopy.internal;

import java.security.SecureRandom;

/**
 * Identification codes of copies: 10 characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 48 bits of randomness: short enough to type from paper, too many to guess (decision 0362).
 */
final class CopyCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CopyCodes() {
    }

    static String next() {
        StringBuilder code = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
