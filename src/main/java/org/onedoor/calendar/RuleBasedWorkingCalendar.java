package org.onedoor.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onedoor.common.TimeLimit;
import org.onedoor.common.VietnamTime;

/**
 * The deadline arithmetic over a fixed set of rules: working hours, Saturday/Sunday rest, holidays and make-up
 * working days. Immutable and thread-safe; the application keeps one instance per version of the calendar
 * data. Tests and other modules' unit tests build one from a list of days.
 *
 * <p>Conventions (docs/decisions/0100, 0101):
 * <ul>
 *   <li>Clock start: a moment after the cut-off (strictly later than 15:00:00), outside working hours or on a
 *       non-working day is deemed to be the opening of the next working period (Decree 61/2018 Art. 18).</li>
 *   <li>Working days: the day of the (deemed) clock start is not counted (Civil Code Art. 147: a period in days
 *       starts on the following day); the due time is the closing time of the N-th working day after it.
 *       0 days (on-the-spot procedures) = closing time of the deemed receipt day.</li>
 *   <li>Working hours: working minutes are counted from the deemed clock start; a limit that runs out exactly
 *       at the end of a period is due at that end (11:30, not 13:00).</li>
 * </ul>
 */
public final class RuleBasedWorkingCalendar implements WorkingCalendar {

    /** No real calendar has a year without working days; stop instead of looping for ever on bad data. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private final WorkingHours hours;
    private final List<WorkingHours.Period> periods;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpDays = new HashSet<>();

    private RuleBasedWorkingCalendar(WorkingHours hours, Collection<CalendarDay> days) {
        this.hours = hours;
        this.periods = hours.periods();
        for (CalendarDay day : days) {
            (day.kind() == CalendarDay.Kind.HOLIDAY ? holidays : makeUpDays).add(day.date());
        }
    }

    public static RuleBasedWorkingCalendar of(WorkingHours hours, Collection<CalendarDay> days) {
        return new RuleBasedWorkingCalendar(hours, days);
    }

    /** Standard hours (07:30–11:30, 13:00–17:00, cut-off 15:00) with the given holidays and make-up days. */
    public static RuleBasedWorkingCalendar standard(Collection<CalendarDay> days) {
        return of(WorkingHours.standard(), days);
    }

    public WorkingHours hours() {
        return hours;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        return makeUpDays.contains(date) || !CalendarDay.isWeekend(date);
    }

    /**
     * The moment the clock really starts: {@code at} itself when it is inside working time on a working day and
     * not after the cut-off; otherwise the opening of the next working period (lunch break → afternoon start,
     * before opening → opening, after cut-off or on a day off → opening of the next working day).
     */
    public Instant clockStart(Instant at) {
        return toInstant(effectiveStart(at));
    }

    @Override
    public Instant dueAt(Instant clockStart, TimeLimit limit) {
        LocalDateTime start = effectiveStart(clockStart);
        if (limit.unit() == TimeLimit.Unit.WORKING_DAYS) {
            LocalDate day = start.toLocalDate();
            for (int i = 0; i < limit.amount(); i++) {
                day = nextWorkingDay(day);
            }
            return toInstant(day.atTime(hours.closing()));
        }
        return toInstant(addWorkingSeconds(start, limit.amount() * 3600L));
    }

    @Override
    public long workingMinutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime a = local(from);
        LocalDateTime b = local(to);
        long seconds = 0;
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (WorkingHours.Period p : periods) {
                LocalDateTime s = max(a, day.atTime(p.start()));
                LocalDateTime e = min(b, day.atTime(p.end()));
                if (e.isAfter(s)) {
                    seconds += Duration.between(s, e).getSeconds();
                }
            }
        }
        return seconds / 60;
    }

    /**
     * LATE when finished after the due moment; EARLY when finished on a calendar day before the due day;
     * otherwise ON_TIME (docs/decisions/0102).
     */
    @Override
    public Timeliness classify(Instant finishedAt, Instant dueAt) {
        if (finishedAt.isAfter(dueAt)) {
            return Timeliness.LATE;
        }
        return local(finishedAt).toLocalDate().isBefore(local(dueAt).toLocalDate()) ? Timeliness.EARLY : Timeliness.ON_TIME;
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        for (int i = 0; !isWorkingDay(day); i++, day = day.plusDays(1)) {
            if (i > MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalStateException("no working day within a year after " + date);
            }
        }
        return day;
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        for (int i = 0; !isWorkingDay(day); i++, day = day.minusDays(1)) {
            if (i > MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalStateException("no working day within a year before " + date);
            }
        }
        return day;
    }

    private LocalDateTime effectiveStart(Instant at) {
        LocalDateTime t = local(at);
        LocalDate day = t.toLocalDate();
        LocalTime time = t.toLocalTime();
        // Decree 61/2018 Art. 18: received after 15:00 → handled from the next working day.
        if (isWorkingDay(day) && !time.isAfter(hours.cutoff())) {
            for (WorkingHours.Period p : periods) {
                if (time.isBefore(p.end())) {
                    return day.atTime(time.isBefore(p.start()) ? p.start() : time);
                }
            }
        }
        return nextWorkingDay(day).atTime(hours.opening());
    }

    /** {@code start} is inside working time on a working day. */
    private LocalDateTime addWorkingSeconds(LocalDateTime start, long seconds) {
        if (seconds == 0) {
            return start;
        }
        long remaining = seconds;
        LocalDate day = start.toLocalDate();
        LocalTime from = start.toLocalTime();
        while (true) {
            for (WorkingHours.Period p : periods) {
                if (!from.isBefore(p.end())) {
                    continue;
                }
                LocalTime s = from.isBefore(p.start()) ? p.start() : from;
                long available = Duration.between(s, p.end()).getSeconds();
                if (remaining <= available) {
                    return day.atTime(s.plusSeconds(remaining));
                }
                remaining -= available;
            }
            day = nextWorkingDay(day);
            from = LocalTime.MIN;
        }
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, VietnamTime.ZONE);
    }

    private static Instant toInstant(LocalDateTime t) {
        return t.atZone(VietnamTime.ZONE).toInstant();
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
