package org.onedoor.calendar;

import java.time.Instant;
import java.time.LocalDate;

import org.onedoor.common.TimeLimit;

/**
 * The working calendar of the jurisdiction and the deadline arithmetic built on it. All computations happen
 * in Vietnam time ({@link org.onedoor.common.VietnamTime#ZONE}).
 */
public interface WorkingCalendar {

    boolean isWorkingDay(LocalDate date);

    /**
     * When a time limit counted from {@code clockStart} runs out. Applies the cut-off rule (Decree 61 Art. 18:
     * a dossier received after 15:00 is handled from the start of the next working day), skips
     * non-working time, and lands on the end of working time of the last day for limits in days.
     */
    Instant dueAt(Instant clockStart, TimeLimit limit);

    /** Working minutes between two instants (0 when {@code to} is not after {@code from}). */
    long workingMinutesBetween(Instant from, Instant to);

    /** Classify a finish time against a due time. */
    Timeliness classify(Instant finishedAt, Instant dueAt);
}
