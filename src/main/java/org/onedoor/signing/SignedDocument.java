package org.onedoor.signing;

import java.time.Instant;

/**
 * A signed PDF.
 *
 * @param pdf               the signed bytes
 * @param sha256            lower-case hex SHA-256 of {@code pdf}
 * @param level             the PAdES level reached, e.g. {@code PAdES-BASELINE-B}, {@code PAdES-BASELINE-LT}
 * @param signingTime       the claimed signing time (or the time-stamp's time at B-T and above)
 * @param signerName        the common name of the signing certificate's subject
 * @param certificateSerial the signing certificate's serial number in hex
 */
public record SignedDocument(byte[] pdf, String sha256, String level, Instant signingTime, String signerName,
        String certificateSerial) {
}
