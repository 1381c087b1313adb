package org.onedoor.dossier.internal;

import java.time.Instant;

import org.onedoor.calendar.DossierDeadline;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.TimeLimit;
import org.onedoor.workflow.StepBudget;

/**
 * The deadline rules of a dossier in one place (DOMAIN.md §3), delegating to the calendar module's
 * {@link DossierDeadline} once the dossier is received: supplement pause and restart from zero, the single
 * extension at least one working day before the due date.
 */
final class DeadlinePolicy {

    private final WorkingCalendar calendar;

    DeadlinePolicy(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** Due time of the legal limit counted from {@code clockStart} (cut-off and non-working time applied). */
    Instant due(Instant clockStart, TimeLimit limit) {
        return DossierDeadline.start(calendar, clockStart, limit).dueAt();
    }

    /** Due time of a step entered at {@code now}, or null when the step has no budget. */
    Instant stepDue(Instant now, StepBudget budget, TimeLimit limit) {
        return budget == null ? null : DossierDeadline.stepDueAt(calendar, now, budget.resolve(limit));
    }

    /** The deadline of a received dossier as the calendar module models it. */
    static DossierDeadline of(DossierRow d) {
        return new DossierDeadline(d.limit(), d.receivedAt(), d.clockStart(), d.dueAt(), d.pausedAt(),
                d.supplementCount(), d.extended() ? d.dueAt() : null);
    }

    /** A supplement request pauses the clock (before receipt there is no clock yet). */
    DossierDeadline requestSupplement(DossierRow d, Instant now) {
        return d.receivedAt() == null ? null : of(d).requestSupplement(now);
    }

    /** Decree 61 Art. 12: the complete dossier restarts the limit from zero; waiting time does not count. */
    DossierDeadline supplementReceived(DossierRow d, Instant now) {
        return d.receivedAt() == null || d.pausedAt() == null ? null : of(d).supplementReceived(calendar, now);
    }

    /** The one allowed extension, with the apology letter at least one working day before the due date. */
    DossierDeadline extend(DossierRow d, Instant newDue, Instant now) {
        if (newDue == null) {
            throw org.onedoor.common.DomainException.invalid(java.util.List.of(
                    new org.onedoor.common.FieldViolation("newDueAt", "dossier.field.required")));
        }
        return of(d).extend(calendar, newDue, now);
    }
}
