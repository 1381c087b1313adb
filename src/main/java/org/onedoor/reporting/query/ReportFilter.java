package org.onedoor.reporting.query;

import java.time.Instant;
import java.time.LocalDate;

import org.onedoor.common.VietnamTime;

/**
 * What the user asked to see. Dates are calendar days in Vietnam time, both inclusive.
 *
 * @param from      first day of the period
 * @param to        last day of the period
 * @param agency    agency code; the agency and all agencies under it; null for every agency in scope
 * @param procedure procedure code, or null for all
 */
public record ReportFilter(LocalDate from, LocalDate to, String agency, String procedure) {

    public ReportFilter {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a report period needs both ends");
        }
        if (to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        agency = blankToNull(agency);
        procedure = blankToNull(procedure);
    }

    /** Start of the first day, inclusive. */
    public Instant start() {
        return from.atStartOfDay(VietnamTime.ZONE).toInstant();
    }

    /** Start of the day after the last day, exclusive. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
