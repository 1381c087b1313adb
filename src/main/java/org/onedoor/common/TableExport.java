package org.onedoor.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Tables of figures exported for a spreadsheet (statistics pages): CSV (RFC 4180, UTF-8 with a byte-order mark so
 * Excel reads Vietnamese, CRLF, one block per table after its title, blocks separated by an empty line) and XLSX
 * with Apache POI (one sheet per table, bold frozen header, numbers as numeric cells; decision 0432).
 */
public final class TableExport {

    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** One table: its title (the sheet's name), column headers and rows of numbers or text. */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    private TableExport() {
    }

    public static byte[] csv(List<Table> tables) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (int i = 0; i < tables.size(); i++) {
            Table t = tables.get(i);
            if (i > 0) {
                out.append("\r\n");
            }
            line(out, List.of(t.title()));
            line(out, t.headers());
            t.rows().forEach(r -> line(out, r));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes when needed; text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
    public static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    public static byte[] xlsx(List<Table> tables) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Table t : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(t.title()));
                Row header = sheet.createRow(0);
                for (int c = 0; c < t.headers().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(t.headers().get(c));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(c, 256 * Math.max(12, Math.min(40, t.headers().get(c).length() + 2)));
                }
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = t.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else {
                            // setCellValue(String) stores text, never a formula: no injection through XLSX
                            row.createCell(c).setCellValue(v == null ? "" : v.toString());
                        }
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
