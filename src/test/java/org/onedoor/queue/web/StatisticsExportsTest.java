package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.queue.FloorStatistics;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The CSV and the XLSX carry the very same figures as the statistics record, table by table. */
class StatisticsExportsTest {

    static final FloorStatistics DAY = new FloorStatistics("000.00.31.H24", LocalDate.of(2026, 11, 20), 900,
            List.of(new FloorStatistics.LineFigures(1, "A", 40, 35, 3, 2, 610, 1500, 4, 1),
                    new FloorStatistics.LineFigures(2, "B", 12, 12, 0, 0, 200, 480, 0, 0)),
            List.of(new FloorStatistics.CounterFigures("1", 20, 300), new FloorStatistics.CounterFigures("2", 27, 250)),
            List.of(new FloorStatistics.OfficerFigures("motcua.hoankiem", 30, 28, 2, 290),
                    new FloorStatistics.OfficerFigures("=cmd|' /C calc'!A0", 20, 19, 1, 260)),
            List.of(new FloorStatistics.HourFigures(8, 20, 15, 700, 3), new FloorStatistics.HourFigures(9, 32, 30, 400, 1)));

    static List<StatisticsTable.Section> sections(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/queue-lookup");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return StatisticsTable.of(DAY, messages, locale);
    }

    @Test
    void theXlsxHasOneSheetPerTableWithNumericCellsEqualToTheRecord() throws Exception {
        List<StatisticsTable.Section> sections = sections(Locale.ENGLISH);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(StatisticsExports.xlsx(sections)))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            Sheet lines = book.getSheet("Per line");
            assertThat(text(lines.getRow(0))).containsExactly("Line", "Issued", "Served", "No-shows", "Waiting",
                    "Average wait (s)", "Longest wait (s)", "Target breaches", "Transferred out");
            Row a = lines.getRow(1);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo("A");
            assertThat(a.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(numbers(a, 1)).containsExactly(40d, 35d, 3d, 2d, 610d, 1500d, 4d, 1d);
            Sheet hours = book.getSheet("Per hour");
            assertThat(numbers(hours.getRow(2), 0)).containsExactly(9d, 32d, 30d, 400d, 1d);
            Sheet officers = book.getSheet("Per officer");
            assertThat(officers.getRow(2).getCell(0).getCellType()).as("text, never a formula").isEqualTo(CellType.STRING);
            assertThat(numbers(book.getSheet("Per counter").getRow(2), 1)).containsExactly(27d, 250d);
            Sheet summary = book.getSheet("Summary");
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).as("breaches over the lines").isEqualTo(4d);
        }
    }

    @Test
    void theCsvHasTheSameTablesAndFiguresAsTheXlsx() throws Exception {
        List<StatisticsTable.Section> sections = sections(Locale.ENGLISH);
        String csv = new String(StatisticsExports.csv(sections), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFSummary\r\n");
        List<List<String>> blocks = new ArrayList<>();
        for (String block : csv.substring(1).split("\r\n\r\n")) {
            blocks.add(List.of(block.split("\r\n")));
        }
        assertThat(blocks).hasSize(5);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(StatisticsExports.xlsx(sections)))) {
            for (int s = 0; s < 5; s++) {
                Sheet sheet = book.getSheetAt(s);
                List<String> lines = blocks.get(s);
                assertThat(lines.get(0)).isEqualTo(sheet.getSheetName());
                assertThat(lines).hasSize(sheet.getLastRowNum() + 2);
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    assertThat(lines.get(r + 1)).isEqualTo(String.join(",", csvCells(sheet.getRow(r))));
                }
            }
        }
        assertThat(csv).as("a formula-like name is defused").contains("\r\n'=cmd|' /C calc'!A0,20,19,1,260\r\n");
    }

    @ParameterizedTest
    @CsvSource({"vi, Theo hàng chờ", "en, Per line", "id, Per antrean"})
    void tablesAreTitledInTheReadersLanguage(String language, String title) {
        assertThat(sections(Locale.forLanguageTag(language)).get(2).title()).isEqualTo(title);
    }

    private static List<String> text(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static List<Double> numbers(Row row, int from) {
        List<Double> out = new ArrayList<>();
        for (int c = from; c < row.getLastCellNum(); c++) {
            out.add(row.getCell(c).getNumericCellValue());
        }
        return out;
    }

    private static List<String> csvCells(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getCellType() == CellType.NUMERIC ? String.valueOf((long) c.getNumericCellValue())
                    : StatisticsExports.cell(c.getStringCellValue()));
        }
        return out;
    }
}
