package org.onedoor.ecopy;

import java.time.Instant;

/**
 * Published in the transaction that records a signed, stored certified copy. Once per copy.
 *
 * @param code                the copy's identification code (in its QR code and {@code /verify/{code}})
 * @param certificationNumber the number in the certification register, e.g. {@code 123/01/2026/SCT/BS}
 * @param agencyCode          the certifying agency
 * @param sha256              SHA-256 of the signed PDF in the file store
 * @param idNumber            the requester's personal identification number
 * @param email               where the requester asked the link to be sent, or null
 * @param issuedAt            when
 */
public record CopyIssued(String code, String certificationNumber, String agencyCode, String sha256, String idNumber,
                         String email, Instant issuedAt) {
}
