package org.onedoor.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.onedoor.audit.AuditTrail;
import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.WorkingHours;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Administrators' edits of the calendar. Each edit is audited in the same transaction and, once committed,
 * reloads the in-memory calendar so the next due date uses it.
 */
@Service
public class CalendarAdministration {

    private final CalendarRepository repository;
    private final CachedWorkingCalendar calendar;
    private final ObjectProvider<AuditTrail> audit;

    CalendarAdministration(CalendarRepository repository, CachedWorkingCalendar calendar, ObjectProvider<AuditTrail> audit) {
        this.repository = repository;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Adds a day ({@code original == null}) or replaces the row of {@code original}. */
    @Transactional
    public void saveDay(LocalDate original, CalendarDay day) {
        boolean dateTaken = repository.find(day.date()).isPresent() && !day.date().equals(original);
        if (dateTaken) {
            throw DomainException.invalid(List.of(new FieldViolation("date", "calendar.error.duplicate")));
        }
        try {
            write(original, day);
        } catch (DuplicateKeyException raced) {
            throw DomainException.invalid(List.of(new FieldViolation("date", "calendar.error.duplicate")));
        }
        reloadAfterCommit();
    }

    private void write(LocalDate original, CalendarDay day) {
        if (original == null) {
            repository.insert(day);
            record("calendar.day.create", day.date(), day.kind() + " " + day.nameVi());
        } else {
            if (!repository.update(original, day)) {
                throw DomainException.notFound("calendar.error.dayNotFound", original);
            }
            record("calendar.day.update", day.date(), (original.equals(day.date()) ? "" : "was " + original + "; ")
                    + day.kind() + " " + day.nameVi());
        }
    }

    @Transactional
    public void deleteDay(LocalDate date) {
        if (!repository.delete(date)) {
            throw DomainException.notFound("calendar.error.dayNotFound", date);
        }
        record("calendar.day.delete", date, "");
        reloadAfterCommit();
    }

    @Transactional
    public void saveHours(WorkingHours hours) {
        repository.saveHours(hours);
        audit.ifAvailable(a -> a.record("calendar.hours.update", "working-hours", "1",
                hours.morningStart() + "-" + hours.morningEnd() + ", " + hours.afternoonStart() + "-" + hours.afternoonEnd()
                        + ", cut-off " + hours.cutoff()));
        reloadAfterCommit();
    }

    private void record(String action, LocalDate date, String detail) {
        audit.ifAvailable(a -> a.record(action, "calendar-day", date.toString(), detail));
    }

    private void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.reload();
                }
            });
        } else {
            calendar.reload();
        }
    }
}
