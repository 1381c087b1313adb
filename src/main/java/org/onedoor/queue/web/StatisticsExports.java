package org.onedoor.queue.web;

import java.util.List;

import org.onedoor.common.TableExport;

/**
 * Writes the statistics tables as CSV (RFC 4180, UTF-8 with a byte-order mark so Excel reads Vietnamese, CRLF, one
 * block per table separated by an empty line) and as XLSX with Apache POI (one sheet per table, numbers as numeric
 * cells; decision 0432).
 */
final class StatisticsExports {

    static final String XLSX_TYPE = TableExport.XLSX_TYPE;

    private StatisticsExports() {
    }

    static byte[] csv(List<StatisticsTable.Section> sections) {
        return TableExport.csv(tables(sections));
    }

    static String cell(Object value) {
        return TableExport.cell(value);
    }

    static byte[] xlsx(List<StatisticsTable.Section> sections) {
        return TableExport.xlsx(tables(sections));
    }

    private static List<TableExport.Table> tables(List<StatisticsTable.Section> sections) {
        return sections.stream().map(s -> new TableExport.Table(s.title(), s.headers(), s.rows())).toList();
    }
}
