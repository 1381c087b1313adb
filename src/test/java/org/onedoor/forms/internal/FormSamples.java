package org.onedoor.forms.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.forms.ApologyExtension;
import org.onedoor.forms.DossierRegister;
import org.onedoor.forms.IssuingAgency;
import org.onedoor.forms.ReceiptSlip;
import org.onedoor.forms.Refusal;
import org.onedoor.forms.StopNotice;
import org.onedoor.forms.SupplementRequest;
import org.onedoor.forms.TrackingSheet;

/** Small builders of realistic form data (Lào Cai demo places), fresh for every test. */
final class FormSamples {

    static final String CODE = "000.00.12.H23-261123-0042";
    static final String APPLICANT = "Nguyễn Thị Hằng";
    static final String PROCEDURE = "Đăng ký khai sinh";
    /** 23/11/2026 09:30 Vietnam time. */
    static final Instant RECEIVED = Instant.parse("2026-11-23T02:30:00Z");
    /** 26/11/2026 16:00 Vietnam time. */
    static final Instant DUE = Instant.parse("2026-11-26T09:00:00Z");

    private FormSamples() {
    }

    static IssuingAgency agency() {
        return new IssuingAgency("UBND tỉnh Lào Cai", "Trung tâm Phục vụ hành chính công xã Gia Phú", "Lào Cai");
    }

    static ReceiptSlip receipt() {
        return new ReceiptSlip(agency(), CODE, PROCEDURE, APPLICANT, "Thôn Phú Hợp, xã Gia Phú, tỉnh Lào Cai",
                "0912345678", "hang.nguyen@example.vn",
                List.of(new ReceiptSlip.Component("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
                        new ReceiptSlip.Component("Giấy chứng sinh do cơ sở y tế cấp", 1, 0),
                        new ReceiptSlip.Component("Căn cước của cha hoặc mẹ", 0, 1)),
                "03 ngày làm việc", RECEIVED, DUE, "Bộ phận một cửa xã Gia Phú", "Trực tiếp", "Lê Văn Đức");
    }

    static SupplementRequest supplement(String reason) {
        return new SupplementRequest(agency(), CODE, PROCEDURE, APPLICANT, "Xã Gia Phú", "0912345678", RECEIVED,
                List.of("Bản sao giấy chứng nhận kết hôn của cha mẹ", "Giấy chứng sinh bản chính"), reason,
                RECEIVED, "Lê Văn Đức");
    }

    static Refusal refusal() {
        return new Refusal(agency(), CODE, PROCEDURE, APPLICANT, "Xã Gia Phú", "0912345678", RECEIVED,
                "Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Bảo Thắng.", RECEIVED, "Lê Văn Đức");
    }

    static ApologyExtension apology() {
        return new ApologyExtension(agency(), CODE, PROCEDURE, APPLICANT, "Xã Gia Phú", RECEIVED, DUE,
                Instant.parse("2026-12-01T09:00:00Z"), "Cần xác minh thông tin cư trú với Công an xã.",
                Instant.parse("2026-11-25T02:00:00Z"), "Phạm Quốc Hưng");
    }

    static StopNotice stop() {
        return new StopNotice(agency(), CODE, PROCEDURE, APPLICANT, "Xã Gia Phú", RECEIVED,
                "Người yêu cầu đã rút hồ sơ.", "Nghị định 118/2025/NĐ-CP", Instant.parse("2026-11-24T03:00:00Z"),
                "Phạm Quốc Hưng");
    }

    static TrackingSheet tracking() {
        return new TrackingSheet(agency(), CODE, PROCEDURE, APPLICANT, RECEIVED, DUE, List.of(
                new TrackingSheet.Row("Tiếp nhận và chuyển hồ sơ", "Lê Văn Đức (Bộ phận một cửa)", "Trần Thu Hà (Tư pháp - Hộ tịch)",
                        RECEIVED, Instant.parse("2026-11-24T09:00:00Z"), Instant.parse("2026-11-23T03:00:00Z"), null),
                new TrackingSheet.Row("Thẩm định hồ sơ", "Trần Thu Hà (Tư pháp - Hộ tịch)", "Phạm Quốc Hưng (Lãnh đạo UBND xã)",
                        Instant.parse("2026-11-23T03:00:00Z"), Instant.parse("2026-11-24T09:00:00Z"),
                        Instant.parse("2026-11-25T02:00:00Z"), "Chậm do xác minh"),
                new TrackingSheet.Row("Ký duyệt kết quả", "Phạm Quốc Hưng (Lãnh đạo UBND xã)", "Lê Văn Đức (Bộ phận một cửa)",
                        Instant.parse("2026-11-25T02:00:00Z"), DUE, null, null)),
                Instant.parse("2026-11-25T04:00:00Z"));
    }

    static DossierRegister register(int rows) {
        List<DossierRegister.Row> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(new DossierRegister.Row(code(i), i % 2 == 0 ? PROCEDURE : "Đăng ký kết hôn",
                    i == 1 ? APPLICANT : "Trần Văn Bình " + i, "Xã Gia Phú, 09123456" + String.format("%02d", i % 100),
                    "UBND xã Gia Phú", RECEIVED, DUE, i % 3 == 0 ? DUE : null, i % 3 == 0 ? "Đã trả" : null));
        }
        return new DossierRegister(agency(), "Tháng 11/2026", lines, Instant.parse("2026-11-30T09:00:00Z"));
    }

    static String code(int i) {
        return "000.00.12.H23-261123-" + String.format("%04d", i);
    }
}
