package org.onedoor.scan;

import java.io.InputStream;

/**
 * Reads what a kiosk scanner (or a citizen's upload) produced and returns its pages, or refuses it with a reason a
 * citizen understands. Accepts JPEG, PNG, TIFF (multi-page) and PDF, recognised by their content.
 * <p>
 * Refusals are a {@link org.onedoor.common.DomainException} of kind {@code INVALID} with one field violation on
 * field {@code file} and a key {@code scan.file.*}: not an image or PDF (whatever the name or declared type says),
 * empty, corrupt or truncated, password-protected, larger than the byte limit (reading stops at the limit), more
 * pages than allowed, a page or the whole document with more pixels than allowed (checked from the file's header
 * before anything is decoded: decompression bombs), or a resolution under 200 dpi (the message gives the dpi found).
 */
public interface ScanIntake {

    /**
     * @param fileName            the name given by the uploader or the scanner (only used in messages)
     * @param declaredContentType what the uploader claims, may be null; never trusted
     * @param content             the bytes; read at most up to the byte limit plus one, not closed
     */
    ScannedDocument read(String fileName, String declaredContentType, InputStream content);
}
