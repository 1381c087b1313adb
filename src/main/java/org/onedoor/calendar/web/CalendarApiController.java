package org.onedoor.calendar.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.WorkingHours;
import org.onedoor.calendar.internal.CachedWorkingCalendar;
import org.onedoor.calendar.internal.CalendarRepository;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.TimeLimit;
import org.onedoor.common.VietnamTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only calendar API: a year's holidays and make-up days, and a due-date calculator for the portal. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Calendar", description = "Working calendar and legal deadlines")
class CalendarApiController {

    private final CalendarRepository repository;
    private final CachedWorkingCalendar calendar;

    CalendarApiController(CalendarRepository repository, CachedWorkingCalendar calendar) {
        this.repository = repository;
        this.calendar = calendar;
    }

    record YearView(int year, Boolean verified, String sourceVi, String sourceEn, WorkingHours workingHours, List<CalendarDay> days) {
    }

    record DueDateView(OffsetDateTime from, OffsetDateTime clockStart, int amount, TimeLimit.Unit unit, OffsetDateTime dueAt) {
    }

    @GetMapping("/{year:\\d{4}}")
    @Operation(summary = "Holidays and make-up working days of a year, with the working hours and the source of the data")
    YearView year(@PathVariable int year) {
        var note = repository.yearNote(year);
        return new YearView(year, note.map(CalendarRepository.YearNote::verified).orElse(null),
                note.map(CalendarRepository.YearNote::noteVi).orElse(null), note.map(CalendarRepository.YearNote::noteEn).orElse(null),
                calendar.current().hours(), repository.daysOf(year));
    }

    @GetMapping("/due-date")
    @Operation(summary = "When a time limit counted from a moment runs out",
            description = "from: ISO date-time, with offset or in Vietnam time (e.g. 2025-04-29T09:00); unit: WORKING_DAYS or WORKING_HOURS")
    DueDateView dueDate(@RequestParam(required = false) String from, @RequestParam(required = false) String amount,
                        @RequestParam(required = false, defaultValue = "WORKING_DAYS") String unit) {
        List<FieldViolation> errors = new ArrayList<>();
        Instant start = parseInstant(from, errors);
        Integer n = parseAmount(amount, errors);
        TimeLimit.Unit u = parseUnit(unit, errors);
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        TimeLimit limit = new TimeLimit(n, u);
        return new DueDateView(local(start), local(calendar.current().clockStart(start)), n, u, local(calendar.dueAt(start, limit)));
    }

    private static Instant parseInstant(String from, List<FieldViolation> errors) {
        if (from == null || from.isBlank()) {
            errors.add(new FieldViolation("from", "calendar.error.required"));
            return null;
        }
        try {
            return OffsetDateTime.parse(from.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(from.strip()).atZone(VietnamTime.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(from.strip()).atStartOfDay(VietnamTime.ZONE).toInstant();
                } catch (DateTimeParseException e3) {
                    errors.add(new FieldViolation("from", "calendar.error.dateTime"));
                    return null;
                }
            }
        }
    }

    private static Integer parseAmount(String amount, List<FieldViolation> errors) {
        try {
            int n = Integer.parseInt(amount == null ? "" : amount.strip());
            if (n >= 0 && n <= 3650) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldViolation("amount", "calendar.error.amount", 0, 3650));
        return null;
    }

    private static TimeLimit.Unit parseUnit(String unit, List<FieldViolation> errors) {
        for (TimeLimit.Unit u : TimeLimit.Unit.values()) {
            if (u.name().equalsIgnoreCase(unit.strip())) {
                return u;
            }
        }
        errors.add(new FieldViolation("unit", "calendar.error.unit"));
        return null;
    }

    private static OffsetDateTime local(Instant at) {
        return at.atZone(VietnamTime.ZONE).toOffsetDateTime();
    }
}
