package org.onedoor.workflow;

import org.onedoor.common.TimeLimit;

/**
 * The time a step may take: working hours ({@code 4h}), working days ({@code 2d}) or a share of the procedure's
 * legal limit ({@code 30%}). A share is rounded up to whole working hours, so no step of a non-zero procedure gets
 * zero time.
 */
public record StepBudget(int amount, Unit unit) {

    public enum Unit { WORKING_HOURS, WORKING_DAYS, PERCENT_OF_LIMIT }

    /** Parses {@code 4h}, {@code 2d} or {@code 30%}; empty means none. */
    public static StepBudget parse(String text) {
        String t = text.trim();
        if (t.length() < 2) {
            throw new IllegalArgumentException(text);
        }
        char suffix = t.charAt(t.length() - 1);
        int amount = Integer.parseInt(t.substring(0, t.length() - 1).trim());
        if (amount < 0) {
            throw new IllegalArgumentException(text);
        }
        return switch (suffix) {
            case 'h' -> new StepBudget(amount, Unit.WORKING_HOURS);
            case 'd' -> new StepBudget(amount, Unit.WORKING_DAYS);
            case '%' -> {
                if (amount > 100) {
                    throw new IllegalArgumentException(text);
                }
                yield new StepBudget(amount, Unit.PERCENT_OF_LIMIT);
            }
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** This budget as a time limit, given the procedure's legal limit. */
    public TimeLimit resolve(TimeLimit procedureLimit) {
        return switch (unit) {
            case WORKING_HOURS -> TimeLimit.hours(amount);
            case WORKING_DAYS -> TimeLimit.days(amount);
            case PERCENT_OF_LIMIT -> {
                int hours = procedureLimit.inWorkingHours();
                yield TimeLimit.hours(hours == 0 ? 0 : Math.max(1, (hours * amount + 99) / 100));
            }
        };
    }

    @Override
    public String toString() {
        return amount + switch (unit) { case WORKING_HOURS -> "h"; case WORKING_DAYS -> "d"; case PERCENT_OF_LIMIT -> "%"; };
    }
}
