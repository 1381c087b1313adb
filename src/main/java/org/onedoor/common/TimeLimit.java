package org.onedoor.common;

/**
 * A legal time limit ("thời hạn giải quyết"), counted in working days or working hours.
 * One working day is 8 working hours (DOMAIN.md §3).
 */
public record TimeLimit(int amount, Unit unit) {

    public enum Unit { WORKING_DAYS, WORKING_HOURS }

    public TimeLimit {
        if (amount < 0) {
            throw new IllegalArgumentException("time limit must not be negative: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("time limit needs a unit");
        }
    }

    public static TimeLimit days(int amount) {
        return new TimeLimit(amount, Unit.WORKING_DAYS);
    }

    public static TimeLimit hours(int amount) {
        return new TimeLimit(amount, Unit.WORKING_HOURS);
    }

    /** The limit in working hours (1 day = 8 hours). */
    public int inWorkingHours() {
        return unit == Unit.WORKING_DAYS ? amount * 8 : amount;
    }
}
