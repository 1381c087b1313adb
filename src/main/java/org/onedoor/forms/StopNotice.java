package org.onedoor.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * Form 05, notice that processing of a dossier has stopped ("thông báo dừng giải quyết hồ sơ"): refused after
 * review, or stopped by law, with the reason and its legal basis.
 *
 * @param agency           the agency that stops processing
 * @param dossierCode      dossier code (text and QR)
 * @param procedureName    the procedure
 * @param applicantName    applicant
 * @param applicantAddress applicant's address, or null
 * @param receivedAt       when the dossier was received
 * @param reason           why processing stops
 * @param legalBasis       the rule it rests on, or null
 * @param stoppedAt        date of the notice
 * @param signer           who signs for the agency
 */
public record StopNotice(IssuingAgency agency, String dossierCode, String procedureName, String applicantName,
                         String applicantAddress, Instant receivedAt, String reason, String legalBasis,
                         Instant stoppedAt, String signer) {

    public StopNotice {
        Objects.requireNonNull(agency, "agency");
        FormData.require(dossierCode, "dossier code");
        FormData.require(procedureName, "procedure name");
        FormData.require(applicantName, "applicant name");
        FormData.require(reason, "reason");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
    }
}
