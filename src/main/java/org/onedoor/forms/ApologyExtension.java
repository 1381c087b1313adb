package org.onedoor.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * Form 04, apology and new appointment ("phiếu xin lỗi và hẹn lại ngày trả kết quả"): sent at least one day before
 * the due date of a dossier that will be late; the date may be moved once (DOMAIN.md §2).
 *
 * @param agency           the agency that apologises
 * @param dossierCode      dossier code (text and QR)
 * @param procedureName    the procedure
 * @param applicantName    applicant
 * @param applicantAddress applicant's address, or null
 * @param receivedAt       when the dossier was received
 * @param originalDueAt    the appointment that will be missed
 * @param newDueAt         the new appointment
 * @param reason           why the dossier is late
 * @param issuedAt         date of the letter
 * @param signer           who signs for the agency
 */
public record ApologyExtension(IssuingAgency agency, String dossierCode, String procedureName, String applicantName,
                               String applicantAddress, Instant receivedAt, Instant originalDueAt, Instant newDueAt,
                               String reason, Instant issuedAt, String signer) {

    public ApologyExtension {
        Objects.requireNonNull(agency, "agency");
        FormData.require(dossierCode, "dossier code");
        FormData.require(procedureName, "procedure name");
        FormData.require(applicantName, "applicant name");
        FormData.require(reason, "reason for the delay");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(newDueAt, "newDueAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        if (!newDueAt.isAfter(originalDueAt)) {
            throw new IllegalArgumentException("the new appointment must be after the original one");
        }
    }
}
