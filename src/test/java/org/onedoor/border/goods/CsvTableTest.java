package org.onedoor.border.goods;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void aByteOrderMarkSemicolonsQuotesAndVietnameseNamesAreRead() {
        byte[] bytes = ("\uFEFFsurname;given_names\r\n\r\n\"Nguyễn; Thị\";\"Hồng \"\"Nhung\"\"\"\n")
                .getBytes(StandardCharsets.UTF_8);
        CsvTable t = CsvTable.parse(bytes).table();
        assertThat(t.header()).containsExactly("surname", "given_names");
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.cells()).containsExactly("Nguyễn; Thị", "Hồng \"Nhung\"");
        });
    }

    @Test
    void nonUtf8BytesAndUnclosedQuotesAreReportedNotGuessed() {
        byte[] windows1258 = {'s', '\n', (byte) 0xD0, 'o'};
        assertThat(CsvTable.parse(windows1258).problem().messageKey()).isEqualTo("border.goods.csv.notUtf8");
        assertThat(CsvTable.parse("a,b\n\"x,y\n".getBytes(StandardCharsets.UTF_8)).problem())
                .isEqualTo(new CsvTable.Problem(2, "border.goods.csv.quote"));
    }
}
