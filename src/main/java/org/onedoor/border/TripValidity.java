package org.onedoor.border;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a declared trip may cross: one day, or for a business a recurring trip from {@code plannedDate} to
 * {@code validUntil} on some days of the week (chuyến định kỳ).
 *
 * @param validUntil null for a single trip on {@code plannedDate}
 * @param days       empty for every day of the range
 */
public record TripValidity(LocalDate plannedDate, LocalDate validUntil, Set<DayOfWeek> days) {

    public TripValidity {
        days = days == null || days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public static TripValidity single(LocalDate day) {
        return new TripValidity(day, null, Set.of());
    }

    public boolean recurring() {
        return validUntil != null;
    }

    /** Whether the trip may cross on {@code day}; a single trip also the day before or after (as for persons). */
    public boolean validOn(LocalDate day) {
        if (plannedDate == null) {
            return false;
        }
        if (validUntil == null) {
            return Math.abs(plannedDate.toEpochDay() - day.toEpochDay()) <= 1;
        }
        return !day.isBefore(plannedDate) && !day.isAfter(validUntil)
                && (days.isEmpty() || days.contains(day.getDayOfWeek()));
    }
}
