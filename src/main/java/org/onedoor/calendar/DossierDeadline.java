package org.onedoor.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.onedoor.common.DomainException;
import org.onedoor.common.TimeLimit;
import org.onedoor.common.VietnamTime;

/**
 * The legal deadline of one dossier (thời hạn giải quyết, ngày hẹn trả kết quả) and how it moves: supplement
 * requests pause the clock, the complete dossier restarts the limit from zero, one extension with an apology
 * letter, and the early / on-time / late verdict at the end (DOMAIN.md §2–3, Circular 01/2018, Decision 766).
 *
 * <p>An immutable value: every change returns a new instance, which the dossier module persists (all components
 * are plain values). The calendar is passed in, so the rules are unit-testable with an in-memory calendar.
 *
 * @param limit                 the procedure's legal time limit, kept from the version the dossier was received under
 * @param receivedAt            when the dossier was received
 * @param clockStart            when the current count started: receipt, or the arrival of the complete dossier
 * @param dueAt                 the current due time (appointment)
 * @param pausedAt              when the clock was paused for a supplement request; {@code null} while running
 * @param supplementRequests    how many supplement requests were sent
 * @param dueAtBeforeExtension  the due time before the one allowed extension; {@code null} while not extended
 */
public record DossierDeadline(TimeLimit limit, Instant receivedAt, Instant clockStart, Instant dueAt,
                              Instant pausedAt, int supplementRequests, Instant dueAtBeforeExtension) {

    private static final TimeLimit SUPPLEMENT_WINDOW = TimeLimit.days(3);

    public DossierDeadline {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(clockStart, "clockStart");
        Objects.requireNonNull(dueAt, "dueAt");
        if (supplementRequests < 0) {
            throw new IllegalArgumentException("supplementRequests must not be negative");
        }
    }

    /** A new dossier: the limit counts from receipt (with the cut-off rule applied by the calendar). */
    public static DossierDeadline start(WorkingCalendar calendar, Instant receivedAt, TimeLimit limit) {
        return new DossierDeadline(limit, receivedAt, receivedAt, calendar.dueAt(receivedAt, limit), null, 0, null);
    }

    /** The due time of one workflow step given its budget in working hours or days. */
    public static Instant stepDueAt(WorkingCalendar calendar, Instant stepStart, TimeLimit budget) {
        return calendar.dueAt(stepStart, budget);
    }

    /**
     * Until when the receiving agency may ask for a supplement: within 3 working days of receipt (DOMAIN.md §2,
     * step 3), counted like any limit in days from the receipt.
     */
    public Instant supplementRequestWindowEndsAt(WorkingCalendar calendar) {
        return supplementRequestWindowEndsAt(calendar, receivedAt);
    }

    /** The same window for a dossier received at {@code receivedAt}. */
    public static Instant supplementRequestWindowEndsAt(WorkingCalendar calendar, Instant receivedAt) {
        return calendar.dueAt(receivedAt, SUPPLEMENT_WINDOW);
    }

    /**
     * Whether a supplement request sent at {@code at} is out of time: after the 3-working-day window. OneDoor does
     * not refuse it (the dossier cannot be decided without the documents), but the dossier then counts as late in
     * the indicators, like a second request (docs/decisions/0104).
     */
    public boolean supplementRequestLate(WorkingCalendar calendar, Instant at) {
        return at.isAfter(supplementRequestWindowEndsAt(calendar));
    }

    public boolean paused() {
        return pausedAt != null;
    }

    public boolean extended() {
        return dueAtBeforeExtension != null;
    }

    /** Overdue at {@code now}: running and past the due time (a paused clock is never overdue). */
    public boolean overdueAt(Instant now) {
        return !paused() && now.isAfter(dueAt);
    }

    /** A supplement request (form 02) is sent: the clock stops until the complete dossier arrives. */
    public DossierDeadline requestSupplement(Instant at) {
        if (paused()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "calendar.deadline.alreadyPaused");
        }
        requireNotBefore(at, clockStart);
        return new DossierDeadline(limit, receivedAt, clockStart, dueAt, at, supplementRequests + 1, dueAtBeforeExtension);
    }

    /** The complete dossier arrives: the limit starts again from zero (DOMAIN.md §2 step 3). */
    public DossierDeadline supplementReceived(WorkingCalendar calendar, Instant at) {
        if (!paused()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "calendar.deadline.notPaused");
        }
        requireNotBefore(at, pausedAt);
        return new DossierDeadline(limit, receivedAt, at, calendar.dueAt(at, limit), null, supplementRequests, dueAtBeforeExtension);
    }

    /**
     * Moves the due time once, with an apology letter (form 04), which must be sent at least one working day
     * before the current due date: {@code at} must fall on or before the last working day before the due day.
     */
    public DossierDeadline extend(WorkingCalendar calendar, Instant newDueAt, Instant at) {
        if (extended()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "calendar.deadline.alreadyExtended");
        }
        if (paused()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "calendar.deadline.paused");
        }
        if (!newDueAt.isAfter(dueAt)) {
            throw new DomainException(DomainException.Kind.INVALID, "calendar.deadline.extensionNotLater");
        }
        LocalDate lastDayToAsk = lastWorkingDayBefore(calendar, localDate(dueAt));
        if (localDate(at).isAfter(lastDayToAsk)) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "calendar.deadline.extensionTooLate", lastDayToAsk);
        }
        return new DossierDeadline(limit, receivedAt, clockStart, newDueAt, null, supplementRequests, dueAt);
    }

    /**
     * The verdict when the dossier is finished (result ready, refused or stopped). Time waiting for the
     * applicant's supplement does not count: a dossier finished while paused is judged at the moment the clock
     * stopped. More than one supplement request counts as late whatever the dates (indicator rule, DOMAIN.md §3).
     * An extended dossier is judged against its extended due time (docs/decisions/0103).
     */
    public Timeliness finish(WorkingCalendar calendar, Instant at) {
        if (supplementRequests > 1) {
            return Timeliness.LATE;
        }
        return calendar.classify(paused() ? pausedAt : at, dueAt);
    }

    private static LocalDate lastWorkingDayBefore(WorkingCalendar calendar, LocalDate date) {
        LocalDate day = date.minusDays(1);
        for (int i = 0; !calendar.isWorkingDay(day); i++) {
            if (i > 366) {
                throw new IllegalStateException("no working day within a year before " + date);
            }
            day = day.minusDays(1);
        }
        return day;
    }

    private static LocalDate localDate(Instant at) {
        return LocalDate.ofInstant(at, VietnamTime.ZONE);
    }

    private static void requireNotBefore(Instant at, Instant earliest) {
        if (at.isBefore(earliest)) {
            throw new DomainException(DomainException.Kind.INVALID, "calendar.deadline.beforeClockStart");
        }
    }
}
