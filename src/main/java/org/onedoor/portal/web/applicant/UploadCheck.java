package org.onedoor.portal.web.applicant;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * A cheap pre-check of an upload BEFORE the dossier is registered, so that a bad file does not leave a dossier
 * without its papers: size within the limit, and content that starts like a PDF, JPEG or PNG. The dossier module
 * checks the type again, authoritatively, when the file is attached.
 */
public final class UploadCheck {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private UploadCheck() {
    }

    /** The message key of the problem, or null when the file looks acceptable. */
    public static String problem(MultipartFile file, DataSize maxSize) {
        if (file.isEmpty()) {
            return "portal.upload.empty";
        }
        if (file.getSize() > maxSize.toBytes()) {
            return "portal.upload.tooLarge";
        }
        try (InputStream in = file.getInputStream()) {
            byte[] head = in.readNBytes(8);
            return startsWith(head, PDF) || startsWith(head, JPEG) || startsWith(head, PNG) ? null : "portal.upload.badType";
        } catch (IOException e) {
            return "portal.upload.unreadable";
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
