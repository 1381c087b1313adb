package org.onedoor.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Form 07, dossier register ("sổ theo dõi hồ sơ"): one line per dossier received in a period, A4 landscape, as
 * many pages as needed (the table header repeats on every page).
 *
 * @param agency     the agency keeping the register
 * @param period     the period covered as printed, e.g. "Tháng 11/2026"
 * @param rows       the dossiers, in the order to print
 * @param preparedAt when the register is printed
 */
public record DossierRegister(IssuingAgency agency, String period, List<Row> rows, Instant preparedAt) {

    public DossierRegister {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(preparedAt, "preparedAt");
        rows = FormData.copy(rows);
    }

    /**
     * @param dossierCode      dossier code
     * @param procedureName    procedure
     * @param applicantName    applicant
     * @param applicantContact address and/or phone, or null
     * @param competentAgency  agency that decides, or null
     * @param receivedAt       received
     * @param dueAt            appointment
     * @param returnedAt       result returned, or null
     * @param note             status or comment, or null
     */
    public record Row(String dossierCode, String procedureName, String applicantName, String applicantContact,
                      String competentAgency, Instant receivedAt, Instant dueAt, Instant returnedAt, String note) {
        public Row {
            FormData.require(dossierCode, "dossier code");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }
}
