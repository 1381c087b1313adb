package org.onedoor.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Form 02, supplement request ("phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"): ONE complete list of what is missing
 * (Decree 61 Art. 17; DOMAIN.md §2).
 *
 * @param agency           the agency asking
 * @param dossierCode      dossier code (text and QR)
 * @param procedureName    the procedure
 * @param applicantName    applicant
 * @param applicantAddress applicant's address, or null
 * @param phone            applicant's phone, or null
 * @param receivedAt       when the dossier was received, or null for a dossier checked before receipt
 * @param items            everything to supplement or complete, one entry per item
 * @param reason           why, or null
 * @param requestedAt      date of the request
 * @param officer          the officer who guides the applicant ("người hướng dẫn")
 */
public record SupplementRequest(IssuingAgency agency, String dossierCode, String procedureName, String applicantName,
                                String applicantAddress, String phone, Instant receivedAt, List<String> items,
                                String reason, Instant requestedAt, String officer) {

    public SupplementRequest {
        Objects.requireNonNull(agency, "agency");
        FormData.require(dossierCode, "dossier code");
        FormData.require(procedureName, "procedure name");
        FormData.require(applicantName, "applicant name");
        Objects.requireNonNull(requestedAt, "requestedAt");
        items = FormData.copy(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a supplement request lists at least one item");
        }
    }
}
