package org.onedoor.scan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.onedoor.scan.SourceFormat;

/**
 * Recognises a file by its first bytes ("magic numbers"), never by its name or declared type: a program renamed
 * {@code photo.jpg} is still a program.
 */
final class FileSignature {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private FileSignature() {
    }

    static Optional<SourceFormat> detect(Path file) throws IOException {
        byte[] head = new byte[1024];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return detect(head, n);
    }

    static Optional<SourceFormat> detect(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(SourceFormat.JPEG);
        }
        if (startsWith(head, length, PNG)) {
            return Optional.of(SourceFormat.PNG);
        }
        // "II*\0" little-endian, "MM\0*" big-endian (classic TIFF; BigTIFF is not read by the JDK)
        if (length >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42))) {
            return Optional.of(SourceFormat.TIFF);
        }
        // ISO 32000-1 §7.5.2 puts the header first; readers accept it within the first 1024 bytes
        if (new String(head, 0, length, StandardCharsets.ISO_8859_1).contains("%PDF-")) {
            return Optional.of(SourceFormat.PDF);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, byte[] prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
