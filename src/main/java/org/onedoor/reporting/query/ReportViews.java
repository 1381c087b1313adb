package org.onedoor.reporting.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The figures reports show; plain records so the page, the JSON API and the CSV export share them. */
public final class ReportViews {

    private ReportViews() {
    }

    /**
     * Headline numbers. Received, in progress, closed and the online share count dossiers received in the
     * period; finished and the on-time figures count dossiers processed (national status 9 or 10) in the period;
     * overdue is the situation now.
     */
    public record Kpis(long received, long inProgress, long closedWithoutResult, long finished, long early,
                       long onTime, long late, long overdue, long online, Ratio onTimeRate, Ratio onlineShare) {
    }

    /** A count under a key (national status code, channel …) with its label in the reader's language. */
    public record CountRow(String key, String label, long count) {
    }

    /** Processed dossiers of one agency or procedure by timeliness. */
    public record TimelinessRow(String key, String label, long finished, long early, long onTime, long late) {

        @JsonProperty("onTimeRate")
        public Ratio onTimeRate() {
            return new Ratio(early + onTime, finished);
        }
    }

    /** Dossiers received and processed in one month ({@code yyyy-MM}, Vietnam time). */
    public record MonthRow(String month, long received, long finished) {
    }

    /** A dossier past its due time and not finished; days overdue in working days, at least 1. */
    public record OverdueRow(String code, String procedureCode, String procedureName, String agencyCode,
                             String agencyName, String status, int nationalStatus, Instant dueAt, long daysOverdue) {
    }

    /**
     * Decision 766/QĐ-TTg service indicators computed on the read model.
     *
     * @param onTimeShare           processed early or on time ÷ processed (supplement waiting is outside the due date)
     * @param averageProcessingDays mean working days from receipt to result of processed dossiers, null when none
     * @param onlineSubmissionShare dossiers submitted online ÷ dossiers received
     * @param satisfaction          the citizens' ratings of their visits scored 2/1/0 (satisfied / acceptable / not
     *                              satisfied) as a percentage of the maximum, null ("N/A") when none (decision 0427)
     */
    public record Indicators(ReportFilter filter, Ratio onTimeShare, BigDecimal averageProcessingDays,
                             Ratio onlineSubmissionShare, BigDecimal satisfaction) {

        @JsonProperty("averageProcessingDaysDisplay")
        public String averageProcessingDaysDisplay() {
            return Ratio.display(averageProcessingDays);
        }

        @JsonProperty("satisfactionDisplay")
        public String satisfactionDisplay() {
            return Ratio.display(satisfaction);
        }
    }

    /** An officer's ratings (officer null: visits rated without an officer recorded). */
    public record OfficerSatisfaction(String officer, Satisfaction ratings) {
    }

    /** Citizens' ratings counted for the satisfaction indicator (decision 0427). */
    public record Satisfaction(long satisfied, long acceptable, long notSatisfied) {

        @JsonProperty("total")
        public long total() {
            return satisfied + acceptable + notSatisfied;
        }

        /** (2 × satisfied + acceptable) ÷ (2 × total) × 100, two decimals; null when there is no rating. */
        @JsonProperty("score")
        public BigDecimal score() {
            long total = total();
            if (total == 0) {
                return null;
            }
            return BigDecimal.valueOf(2 * satisfied + acceptable).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(2 * total), 2, java.math.RoundingMode.HALF_UP);
        }

        @JsonProperty("scoreDisplay")
        public String scoreDisplay() {
            return Ratio.display(score());
        }
    }

    /** Everything the dashboard shows, for one filter and scope. */
    public record Dashboard(ReportFilter filter, Kpis kpis, List<CountRow> byStatus, List<TimelinessRow> byAgency,
                            List<TimelinessRow> byProcedure, List<MonthRow> monthly, List<CountRow> channels,
                            List<OverdueRow> overdue) {
    }
}
