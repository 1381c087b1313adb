package org.onedoor.reporting.projection;

import java.time.Instant;
import java.util.List;

import org.onedoor.calendar.DossierDeadline;
import org.onedoor.calendar.Timeliness;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.dossier.DossierStatus;

/**
 * How a dossier counts in the on-time indicators. Only processed dossiers (national status 9 "processed" and
 * 10 "result returned") are classified; refused, withdrawn and stopped ones are counted separately and never
 * enter the on-time rate. The due date already excludes supplement waiting (the dossier module restarts the
 * limit when the complete dossier arrives), so the calendar compares the finish time with it directly.
 */
public final class TimelinessRule {

    /** Indicator rule (DOMAIN.md §3, Decision 766): more than one supplement request counts as late. */
    static final int MAX_SUPPLEMENTS_STILL_ON_TIME = 1;

    private TimelinessRule() {
    }

    public static boolean isProcessed(DossierStatus status) {
        return status == DossierStatus.RESULT_READY || status == DossierStatus.RESULT_RETURNED;
    }

    /** The classification, or null when the dossier is not processed yet or lacks a due or finish time. */
    public static Timeliness classify(DossierStatus status, Instant finishedAt, Instant dueAt, int supplementCount,
                                      WorkingCalendar calendar) {
        if (!isProcessed(status) || finishedAt == null || dueAt == null) {
            return null;
        }
        if (supplementCount > MAX_SUPPLEMENTS_STILL_ON_TIME) {
            return Timeliness.LATE;
        }
        return calendar.classify(finishedAt, dueAt);
    }

    /**
     * Indicator rule: a supplement request sent after the 3-working-day window from receipt makes a processed
     * dossier late whatever its finish time (docs/decisions/0104).
     */
    public static boolean anySupplementRequestLate(Instant receivedAt, List<Instant> supplementRequests,
                                                   WorkingCalendar calendar) {
        if (receivedAt == null || supplementRequests.isEmpty()) {
            return false;
        }
        Instant windowEnd = DossierDeadline.supplementRequestWindowEndsAt(calendar, receivedAt);
        return supplementRequests.stream().anyMatch(at -> at.isAfter(windowEnd));
    }
}
