package org.onedoor.dossier.internal;

import java.time.Duration;
import java.time.Instant;

import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.DomainException;
import org.onedoor.common.TimeLimit;
import org.onedoor.workflow.StepBudget;

/**
 * The deadline rules of a dossier in one place (DOMAIN.md §3), on top of {@link WorkingCalendar}. Kept small so it
 * can be swapped for the calendar module's richer {@code DossierDeadline} once that lands.
 */
final class DeadlinePolicy {

    private final WorkingCalendar calendar;

    DeadlinePolicy(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Due time of the legal limit counted from {@code clockStart} (cut-off and non-working time applied). */
    Instant due(Instant clockStart, TimeLimit limit) {
        return calendar.dueAt(clockStart, limit);
    }

    /** Due time of a step entered at {@code now}, or null when the step has no budget. */
    Instant stepDue(Instant now, StepBudget budget, TimeLimit limit) {
        return budget == null ? null : calendar.dueAt(now, budget.resolve(limit));
    }

    /**
     * Decree 61 Art. 12: the complete dossier after a supplement request restarts the limit from zero. Time spent
     * waiting for the applicant does not count.
     */
    Instant restartAfterSupplement(Instant now, TimeLimit limit) {
        return calendar.dueAt(now, limit);
    }

    /**
     * The one allowed extension: the apology letter goes out at least one working day (8 working hours) before the
     * due date, and the new date is later than the old one.
     */
    Instant extend(Instant now, Instant currentDue, Instant newDue, boolean alreadyExtended) {
        if (alreadyExtended) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.extend.once");
        }
        if (newDue == null || !newDue.isAfter(currentDue)) {
            throw DomainException.invalid(java.util.List.of(
                    new org.onedoor.common.FieldViolation("newDueAt", "dossier.extend.newDueAfter")));
        }
        if (calendar.workingMinutesBetween(now, currentDue) < Duration.ofHours(8).toMinutes()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.extend.tooLate");
        }
        return newDue;
    }
}
