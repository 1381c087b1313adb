package org.onedoor.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.onedoor.calendar.RuleBasedWorkingCalendar;
import org.onedoor.calendar.Timeliness;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.TimeLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The application's {@link WorkingCalendar}: the calendar rows are read once into an immutable
 * {@link RuleBasedWorkingCalendar} and swapped atomically when an administrator edits them, so due-date
 * arithmetic on the submission hot path never touches the database.
 */
@Component
public class CachedWorkingCalendar implements WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(CachedWorkingCalendar.class);

    private final CalendarRepository repository;
    private volatile RuleBasedWorkingCalendar current;

    CachedWorkingCalendar(CalendarRepository repository) {
        this.repository = repository;
        reload();
    }

    /** Re-reads working hours and calendar days; called after every committed edit. */
    public void reload() {
        var days = repository.allDays();
        current = RuleBasedWorkingCalendar.of(repository.hours(), days);
        log.debug("Working calendar loaded: {} holiday / make-up rows", days.size());
    }

    public RuleBasedWorkingCalendar current() {
        return current;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return current.isWorkingDay(date);
    }

    @Override
    public Instant dueAt(Instant clockStart, TimeLimit limit) {
        return current.dueAt(clockStart, limit);
    }

    @Override
    public long workingMinutesBetween(Instant from, Instant to) {
        return current.workingMinutesBetween(from, to);
    }

    @Override
    public Timeliness classify(Instant finishedAt, Instant dueAt) {
        return current.classify(finishedAt, dueAt);
    }
}
