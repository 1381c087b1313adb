package org.onedoor.border;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Persons crossing a gate over a period. Vehicles and goods (tonnage by commodity and direction) are added by the
 * goods part of the gate beside this record, not inside it.
 *
 * @param byDirection      decided crossings per direction
 * @param byNationality    per nationality, most first
 * @param byDocumentType   per document type
 * @param byDecision       per decision
 * @param perDay           per day: key {@code yyyy-MM-dd}, entries and exits
 * @param perMonth         per month {@code yyyy-MM}
 * @param perYear          per year {@code yyyy}
 * @param targetSeconds    the processing-time target per passenger (first scan to decision)
 * @param withinTarget     crossings decided within the target
 * @param p50Seconds       median processing time
 * @param p90Seconds       90th percentile
 */
public record CrossingStatistics(String gate, LocalDate from, LocalDate to, long total,
        Map<String, Long> byDirection, Map<String, Long> byNationality, Map<String, Long> byDocumentType,
        Map<String, Long> byDecision, List<Period> perDay, List<Period> perMonth, List<Period> perYear,
        long targetSeconds, long withinTarget, double p50Seconds, double p90Seconds) {

    public CrossingStatistics {
        byDirection = Map.copyOf(byDirection);
        byNationality = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byNationality));
        byDocumentType = Map.copyOf(byDocumentType);
        byDecision = Map.copyOf(byDecision);
        perDay = List.copyOf(perDay);
        perMonth = List.copyOf(perMonth);
        perYear = List.copyOf(perYear);
    }

    /** Share of crossings decided within the target, 0–1 (0 when none). */
    public double shareWithinTarget() {
        return total == 0 ? 0 : (double) withinTarget / total;
    }

    /** Crossings in one day, month or year. */
    public record Period(String key, long entries, long exits) {
        public long total() {
            return entries + exits;
        }
    }
}
