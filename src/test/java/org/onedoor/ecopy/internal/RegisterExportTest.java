package org.onedoor.ecopy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterExportTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Nguyễn Văn An|Nguyễn Văn An",
            "=HYPERLINK(\"x\")|\"'=HYPERLINK(\"\"x\"\")\"",
            "+84 912|\"'+84 912\"",
            "a,b|\"a,b\""})
    void cellsAreQuotedAndFormulasDisarmed(String value, String cell) {
        assertThat(RegisterExport.cell(value)).isEqualTo(cell);
    }

    @Test
    void oneRowPerEntryWithTheBookNumberAndVietnameseNames() {
        RegisterEntry e = new RegisterEntry("ABCDEFGHJK", UUID.randomUUID(), "000.00.31.H24", "Phường Hoàn Kiếm", "01", 2026,
                7, "SCT/BS", "7/01/2026/SCT/BS", "lanhdao.hoankiem", "Lãnh đạo", "BIRTH_CERTIFICATE", 2, "001090012345",
                "Nguyễn Văn An", 2000, Instant.parse("2026-11-23T03:00:00Z"), Instant.parse("2026-11-23T03:00:02Z"),
                "a".repeat(64), 1234L, "PAdES-BASELINE-T");
        String csv = RegisterExport.csv(List.of(e));
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("7,01/2026-SCT/BS,23/11/2026 10:00,ABCDEFGHJK,Nguyễn Văn An,001090012345,Giấy khai sinh,2,");
    }
}
