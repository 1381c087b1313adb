package org.onedoor.reporting.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (Excel needs it to read Vietnamese correctly),
 * CRLF line ends, fields quoted when needed. Cells that a spreadsheet would run as a formula get a leading
 * apostrophe (CSV injection).
 */
final class Csv {

    static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
