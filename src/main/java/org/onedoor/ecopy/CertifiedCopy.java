package org.onedoor.ecopy;

import java.time.Instant;

/**
 * An issued certified electronic copy as other modules and the public see it (no personal data beyond the
 * holder's name, which the copy itself shows).
 *
 * @param code                identification code, printed on the copy and in its QR code
 * @param certificationNumber number in the certification register, e.g. {@code 123/01/2026/SCT/BS}
 * @param agencyCode          certifying agency
 * @param agencyName          its name
 * @param documentType        what the original is ({@code org.onedoor.recognition.DocumentType} name)
 * @param pages               pages of the original
 * @param officerName         the certifying officer
 * @param holderName          the person the copy was certified for
 * @param issuedAt            when it was signed
 * @param sha256              SHA-256 of the signed PDF
 * @param size                its size in bytes
 */
public record CertifiedCopy(String code, String certificationNumber, String agencyCode, String agencyName,
                            String documentType, int pages, String officerName, String holderName, Instant issuedAt,
                            String sha256, long size) {
}
