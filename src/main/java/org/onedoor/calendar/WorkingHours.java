package org.onedoor.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * Office hours of the public service and the daily cut-off for receiving dossiers.
 * Defaults: 07:30–11:30 and 13:00–17:00 (8 working hours), cut-off 15:00 (Decree 61/2018 Art. 18:
 * dossiers received after 15:00 are handled from the next working day).
 */
public record WorkingHours(LocalTime morningStart, LocalTime morningEnd,
                           LocalTime afternoonStart, LocalTime afternoonEnd, LocalTime cutoff) {

    /** One block of working time inside a day, {@code [start, end)}. */
    public record Period(LocalTime start, LocalTime end) {
    }

    public WorkingHours {
        Objects.requireNonNull(morningStart, "morningStart");
        Objects.requireNonNull(morningEnd, "morningEnd");
        Objects.requireNonNull(afternoonStart, "afternoonStart");
        Objects.requireNonNull(afternoonEnd, "afternoonEnd");
        Objects.requireNonNull(cutoff, "cutoff");
        if (!morningStart.isBefore(morningEnd) || morningEnd.isAfter(afternoonStart) || !afternoonStart.isBefore(afternoonEnd)) {
            throw new IllegalArgumentException("working periods must be in order: " + morningStart + "-" + morningEnd
                    + ", " + afternoonStart + "-" + afternoonEnd);
        }
        if (cutoff.isBefore(morningStart) || cutoff.isAfter(afternoonEnd)) {
            throw new IllegalArgumentException("cut-off must lie within working hours: " + cutoff);
        }
    }

    /** Vietnam public-service hours: 07:30–11:30, 13:00–17:00, cut-off 15:00. */
    public static WorkingHours standard() {
        return new WorkingHours(LocalTime.of(7, 30), LocalTime.of(11, 30), LocalTime.of(13, 0), LocalTime.of(17, 0),
                LocalTime.of(15, 0));
    }

    public List<Period> periods() {
        return List.of(new Period(morningStart, morningEnd), new Period(afternoonStart, afternoonEnd));
    }

    public LocalTime opening() {
        return morningStart;
    }

    public LocalTime closing() {
        return afternoonEnd;
    }

    public long minutesPerDay() {
        return Duration.between(morningStart, morningEnd).toMinutes() + Duration.between(afternoonStart, afternoonEnd).toMinutes();
    }
}
