package org.onedoor.dossier.internal;

import java.util.Arrays;

/**
 * Recognises the accepted file types by their first bytes ("magic numbers"), never by name or declared type, so a
 * renamed executable or archive is refused.
 */
final class FileInspector {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private FileInspector() {
    }

    /** {@code application/pdf}, {@code image/jpeg}, {@code image/png}, or null for anything else. */
    static String mediaType(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
