package org.onedoor.ecopy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CertificationStatementTest {

    @Test
    void theStatementHasTheOfficialWordingNumberBookDateOfficerAndVerificationLink() {
        RegisterEntry e = new RegisterEntry("ABCDEFGHJK", UUID.randomUUID(), "000.00.31.H24", "Phường Hoàn Kiếm", "01", 2026,
                123, "SCT/BS", "123/01/2026/SCT/BS", "lanhdao.hoankiem", "Trần Thị Bình", "BIRTH_CERTIFICATE", 2,
                "001090012345", "Nguyễn Văn An", 2000, Instant.now(), null, null, null, null);
        List<String> lines = new CertificationStatement().lines(e, "UBND THÀNH PHỐ HÀ NỘI", "Hoàn Kiếm",
                Instant.parse("2026-11-23T17:30:00Z"), "https://onedoor.example/verify/ABCDEFGHJK");
        assertThat(lines).contains("Chứng thực bản sao đúng với bản chính.",
                "Số chứng thực: 123, quyển số 01/2026-SCT/BS.",
                "Hoàn Kiếm, ngày 24 tháng 11 năm 2026",   // 17:30 UTC is the next day in Vietnam
                "Trần Thị Bình",
                "Mã định danh bản sao: ABCDEFGHJK",
                "Kiểm tra tính xác thực tại: https://onedoor.example/verify/ABCDEFGHJK");
        assertThat(lines).anyMatch(l -> l.startsWith("Bản chính: Giấy khai sinh, gồm 2 trang"));
    }
}
