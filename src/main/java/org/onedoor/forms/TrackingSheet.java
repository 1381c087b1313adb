package org.onedoor.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Form 06, tracking sheet ("phiếu kiểm soát quá trình giải quyết hồ sơ"): who held the dossier when, the due time of
 * each step against the time it was done, and whether it was early, on time or late.
 *
 * @param agency        the receiving agency
 * @param dossierCode   dossier code (text and QR)
 * @param procedureName the procedure
 * @param applicantName applicant
 * @param receivedAt    when the dossier was received
 * @param dueAt         the appointment to return the result
 * @param rows          hand-overs in order
 * @param preparedAt    when the sheet is printed
 */
public record TrackingSheet(IssuingAgency agency, String dossierCode, String procedureName, String applicantName,
                            Instant receivedAt, Instant dueAt, List<Row> rows, Instant preparedAt) {

    public TrackingSheet {
        Objects.requireNonNull(agency, "agency");
        FormData.require(dossierCode, "dossier code");
        FormData.require(procedureName, "procedure name");
        FormData.require(applicantName, "applicant name");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(preparedAt, "preparedAt");
        rows = FormData.copy(rows);
    }

    /**
     * One hand-over ("giao → nhận") and the work done while the receiver held the dossier.
     *
     * @param step        what was done, e.g. "Thẩm định hồ sơ"
     * @param handedOverBy who handed it over (person and unit)
     * @param receivedBy  who received it (person and unit)
     * @param handedOverAt when it was handed over
     * @param dueAt       when the receiver's part was due, or null
     * @param doneAt      when the receiver finished, or null while still holding it
     * @param note        a comment, or null
     */
    public record Row(String step, String handedOverBy, String receivedBy, Instant handedOverAt, Instant dueAt,
                      Instant doneAt, String note) {
        public Row {
            FormData.require(step, "step");
            Objects.requireNonNull(handedOverAt, "handedOverAt");
        }
    }
}
