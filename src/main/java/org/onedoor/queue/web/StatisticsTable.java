package org.onedoor.queue.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.queue.FloorStatistics;
import org.springframework.context.MessageSource;

/**
 * The figures of a centre's day as titled tables, the one source of the page's data tables, the CSV and the XLSX
 * export, so the three always show the same numbers. Durations are whole seconds (exact, and a spreadsheet can
 * divide them); the page formats them as minutes.
 */
final class StatisticsTable {

    /**
     * One table: a title, its column headers and rows of numbers or text.
     *
     * @param columns the columns' message keys ({@code …Seconds} marks a duration in seconds)
     */
    record Section(String key, String title, List<String> columns, List<String> headers, List<List<Object>> rows) {

        public boolean duration(int column) {
            return columns.get(column).endsWith("Seconds");
        }
    }

    private StatisticsTable() {
    }

    static List<Section> of(FloorStatistics s, MessageSource messages, Locale locale) {
        return of(s, s.day(), messages, locale);
    }

    /** @param to the last day of the period ({@code s.day()} is its first) */
    static List<Section> of(FloorStatistics s, java.time.LocalDate to, MessageSource messages, Locale locale) {
        Labels l = new Labels(messages, locale);
        List<Section> sections = new ArrayList<>();
        int breaches = s.lines().stream().mapToInt(FloorStatistics.LineFigures::breaches).sum();
        int issued = s.lines().stream().mapToInt(FloorStatistics.LineFigures::issued).sum();
        int served = s.lines().stream().mapToInt(FloorStatistics.LineFigures::served).sum();
        sections.add(l.section("summary", List.of(
                List.<Object>of(l.col("centre"), s.centre()),
                List.<Object>of(l.col("day"), s.day().equals(to) ? s.day().toString() : s.day() + " – " + to),
                List.<Object>of(l.col("targetWaitSeconds"), s.targetWaitSeconds()),
                List.<Object>of(l.col("issued"), issued),
                List.<Object>of(l.col("served"), served),
                List.<Object>of(l.col("breaches"), breaches)), "figure", "value"));
        sections.add(l.section("hours", s.hours().stream().map(h -> List.<Object>of(h.hour(), h.issued(), h.called(),
                        h.averageWaitSeconds(), h.breaches())).toList(),
                "hour", "issued", "called", "averageWaitSeconds", "breaches"));
        sections.add(l.section("lines", s.lines().stream().map(x -> List.<Object>of(x.prefix(), x.issued(), x.served(),
                        x.noShows(), x.waiting(), x.averageWaitSeconds(), x.longestWaitSeconds(), x.breaches(),
                        x.transfersOut())).toList(),
                "line", "issued", "served", "noShows", "waiting", "averageWaitSeconds", "longestWaitSeconds", "breaches",
                "transfersOut"));
        sections.add(l.section("counters", s.counters().stream().map(c -> List.<Object>of(c.counter(), c.served(),
                        c.averageServiceSeconds())).toList(),
                "counter", "served", "averageServiceSeconds"));
        sections.add(l.section("officers", s.officers().stream().map(o -> List.<Object>of(o.officer(), o.called(),
                        o.served(), o.noShows(), o.averageServiceSeconds())).toList(),
                "officer", "called", "served", "noShows", "averageServiceSeconds"));
        return sections;
    }

    private record Labels(MessageSource messages, Locale locale) {
        String get(String section) {
            return messages.getMessage("queue.stats.section." + section, null, locale);
        }

        String col(String column) {
            return messages.getMessage("queue.stats.col." + column, null, locale);
        }

        Section section(String key, List<List<Object>> rows, String... columns) {
            List<String> keys = List.of(columns);
            return new Section(key, get(key), keys, keys.stream().map(this::col).toList(), rows);
        }
    }
}
