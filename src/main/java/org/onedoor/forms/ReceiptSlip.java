package org.onedoor.forms;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Form 01, receipt and appointment slip ("giấy tiếp nhận hồ sơ và hẹn trả kết quả"), given to the applicant when a
 * complete dossier is received.
 *
 * @param agency           the receiving agency
 * @param dossierCode      dossier code, printed as text and as a QR code of the tracking URL
 * @param procedureName    the procedure ("nội dung yêu cầu giải quyết")
 * @param applicantName    applicant (citizen or organisation)
 * @param applicantAddress applicant's address, or null
 * @param phone            applicant's phone, or null
 * @param email            applicant's e-mail, or null
 * @param components       the papers received, with the number of originals and copies
 * @param timeLimit        the legal time limit as printed, e.g. "15 ngày làm việc"
 * @param receivedAt       when the dossier was received
 * @param dueAt            the appointment to return the result
 * @param returnPlace      where the result is returned (counter, post, online), or null
 * @param channel          how the dossier was submitted, as printed (e.g. "Trực tiếp", "Trực tuyến"), or null
 * @param receivingOfficer the one-stop desk officer who received it
 */
public record ReceiptSlip(IssuingAgency agency, String dossierCode, String procedureName, String applicantName,
                          String applicantAddress, String phone, String email, List<Component> components,
                          String timeLimit, Instant receivedAt, Instant dueAt, String returnPlace, String channel,
                          String receivingOfficer) {

    public ReceiptSlip {
        Objects.requireNonNull(agency, "agency");
        FormData.require(dossierCode, "dossier code");
        FormData.require(procedureName, "procedure name");
        FormData.require(applicantName, "applicant name");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        components = FormData.copy(components);
    }

    /**
     * One line of the component table.
     *
     * @param name      the paper, e.g. "Tờ khai đăng ký khai sinh"
     * @param originals number of originals ("bản chính")
     * @param copies    number of copies ("bản sao")
     */
    public record Component(String name, int originals, int copies) {
        public Component {
            FormData.require(name, "component name");
        }
    }
}
