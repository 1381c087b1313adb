package org.onedoor.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void startsWithAByteOrderMarkAndEndsRowsWithCrLf() {
        byte[] bytes = new Csv().row(List.of("Mã", "Tên")).row(List.of("A", 1)).bytes();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFMã,Tên\r\nA,1\r\n");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesOrLineBreaks() {
        assertThat(Csv.cell("Đăng ký khai sinh, kết hôn")).isEqualTo("\"Đăng ký khai sinh, kết hôn\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-3)).isEqualTo("-3");
    }
}
