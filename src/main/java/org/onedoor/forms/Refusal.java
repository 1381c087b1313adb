package org.onedoor.forms;

import java.time.Instant;
import java.util.Objects;

/**
 * Form 03, refusal ("phiếu từ chối tiếp nhận giải quyết hồ sơ"): a dossier that is not eligible, with the reasons.
 *
 * @param agency           the refusing agency
 * @param dossierCode      dossier code (text and QR)
 * @param procedureName    the procedure
 * @param applicantName    applicant
 * @param applicantAddress applicant's address, or null
 * @param phone            applicant's phone, or null
 * @param receivedAt       when the dossier was handed in, or null
 * @param reasons          the reasons for the refusal (mandatory: a refusal is always reasoned)
 * @param refusedAt        date of the refusal
 * @param officer          the officer who refused
 */
public record Refusal(IssuingAgency agency, String dossierCode, String procedureName, String applicantName,
                      String applicantAddress, String phone, Instant receivedAt, String reasons, Instant refusedAt,
                      String officer) {

    public Refusal {
        Objects.requireNonNull(agency, "agency");
        FormData.require(dossierCode, "dossier code");
        FormData.require(procedureName, "procedure name");
        FormData.require(applicantName, "applicant name");
        FormData.require(reasons, "refusal reasons");
        Objects.requireNonNull(refusedAt, "refusedAt");
    }
}
