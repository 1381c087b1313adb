package org.onedoor.border.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onedoor.border.CrossingStatistics;
import org.onedoor.border.GoodsStatistics;
import org.onedoor.common.TableExport;

/**
 * The statistics of a gate as tables (decision 0540): persons (decision 0525) and vehicles/goods, written as CSV
 * (RFC 4180, UTF-8 with BOM, CRLF, one block per table: its name, headers, rows, an empty line between blocks) or
 * XLSX (one sheet per table, numbers as numeric cells), both through common.TableExport.
 */
final class StatisticsTables {

    static final String XLSX_TYPE = TableExport.XLSX_TYPE;

    record Section(String title, List<String> headers, List<List<Object>> rows) {
    }

    private StatisticsTables() {
    }

    static List<Section> persons(CrossingStatistics s) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("persons-day", List.of("day", "entries", "exits", "total"), periods(s.perDay())));
        out.add(new Section("persons-month", List.of("month", "entries", "exits", "total"), periods(s.perMonth())));
        out.add(new Section("persons-year", List.of("year", "entries", "exits", "total"), periods(s.perYear())));
        out.add(counts("persons-direction", "direction", s.byDirection()));
        out.add(counts("persons-nationality", "nationality", s.byNationality()));
        out.add(counts("persons-document-type", "documentType", s.byDocumentType()));
        out.add(counts("persons-decision", "decision", s.byDecision()));
        out.add(new Section("persons-processing", List.of("targetSeconds", "crossings", "withinTarget",
                "shareWithinTarget", "p50Seconds", "p90Seconds"), List.of(List.of(s.targetSeconds(), s.total(),
                s.withinTarget(), round(s.shareWithinTarget(), 4), round(s.p50Seconds(), 1), round(s.p90Seconds(), 1)))));
        return out;
    }

    static List<Section> goods(List<GoodsStatistics.Vehicles> vehicles, List<GoodsStatistics.Tonnage> tonnage,
                               GoodsStatistics.Processing p, GoodsStatistics.Period period) {
        List<Section> out = new ArrayList<>();
        List<List<Object>> v = new ArrayList<>();
        vehicles.forEach(x -> v.add(List.of(key(x.period(), period), x.vehicleType().name(), x.direction().name(),
                x.crossings(), round(x.averageProcessingSeconds(), 1))));
        out.add(new Section("vehicles", List.of("period", "vehicleType", "direction", "crossings",
                "averageProcessingSeconds"), v));
        List<List<Object>> t = new ArrayList<>();
        tonnage.forEach(x -> t.add(List.of(key(x.period(), period), x.hsCode(), x.commodityVi(), x.commodityEn(),
                x.direction().name(), x.tonnes(), x.crossings())));
        out.add(new Section("goods-tonnage", List.of("period", "hsCode", "commodityVi", "commodityEn", "direction",
                "tonnes", "crossings"), t));
        out.add(new Section("goods-processing", List.of("targetSeconds", "crossings", "withinTarget",
                "shareWithinTarget", "p50Seconds", "p90Seconds"), List.of(List.of(p.targetSeconds(), p.crossings(),
                p.withinTarget(), round(p.shareWithinTarget(), 4), round(p.p50Seconds(), 1), round(p.p90Seconds(), 1)))));
        return out;
    }

    /** The period's key as the persons' figures write it: {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}. */
    static String key(java.time.LocalDate day, GoodsStatistics.Period period) {
        return switch (period) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case YEAR -> day.toString().substring(0, 4);
        };
    }

    private static List<List<Object>> periods(List<CrossingStatistics.Period> periods) {
        List<List<Object>> rows = new ArrayList<>();
        periods.forEach(p -> rows.add(List.of(p.key(), p.entries(), p.exits(), p.total())));
        return rows;
    }

    private static Section counts(String title, String header, Map<String, Long> counts) {
        List<List<Object>> rows = new ArrayList<>();
        counts.forEach((k, n) -> rows.add(List.of(k == null ? "" : k, n)));
        return new Section(title, List.of(header, "crossings"), rows);
    }

    private static BigDecimal round(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
    }

    static byte[] csv(List<Section> sections) {
        return TableExport.csv(tables(sections));
    }

    static byte[] xlsx(List<Section> sections) {
        return TableExport.xlsx(tables(sections));
    }

    private static List<TableExport.Table> tables(List<Section> sections) {
        return sections.stream().map(s -> new TableExport.Table(s.title(), s.headers(), s.rows())).toList();
    }
}
