package org.onedoor.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's day (or period) computed from the stored ticket events (never from counters kept on the side; decision
 * 0407). A visit waits in one or more stints: from its issue (for an appointment: from {@code max(issue, booked time)},
 * so an early check-in waits from its booked time and a late one from its arrival) or from a transfer, to the LAST
 * call (CALLED or RECALLED) before service begins: a recall restarts the wait the citizen actually had; a transfer
 * ends one wait and starts another in the target line; a resumed ticket's calls are not waiting; a walk-in never
 * waits. Service time is the time at the counter of the stint that ended DONE, from the start of service (or the last
 * call or resume when the counter did not mark it) to done, without the time the ticket lay parked. A service-level
 * breach is a wait longer than the centre's target.
 *
 * @param day               the day, or the first day of a period
 * @param targetWaitSeconds the centre's service-level target for waiting
 * @param lines             per line, by prefix
 * @param counters          per counter that called, served or marked a no-show: tickets served (DONE there) and
 *                          their average service time, in seconds
 * @param officers          per officer, by user name: first calls made (recalls and resumes are not new calls),
 *                          visits finished (DONE), no-shows marked, average service time of the visits finished
 * @param hours             per hour of the day with activity (Vietnam time; tickets issued by issue hour, calls and
 *                          waits by the hour of the call that ended the wait; a period adds up the same hour of
 *                          every day)
 */
public record FloorStatistics(String centre, LocalDate day, long targetWaitSeconds, List<LineFigures> lines,
                              List<CounterFigures> counters, List<OfficerFigures> officers, List<HourFigures> hours) {

    public FloorStatistics {
        lines = List.copyOf(lines);
        counters = List.copyOf(counters);
        officers = List.copyOf(officers);
        hours = List.copyOf(hours);
    }

    /**
     * @param issued       tickets issued into this line (walk-ins included)
     * @param served       visits finished (DONE) in this line, wherever they were issued
     * @param noShows      no-shows marked in this line
     * @param waiting      tickets still waiting in this line at the end (never called after issue or transfer)
     * @param averageWaitSeconds over the waits that ended with a call in this line
     * @param breaches     waits in this line longer than the target
     * @param transfersOut tickets transferred out of this line to another line
     */
    public record LineFigures(long lineId, String prefix, int issued, int served, int noShows, int waiting,
                              long averageWaitSeconds, long longestWaitSeconds, int breaches, int transfersOut) {
    }

    public record CounterFigures(String counter, int served, long averageServiceSeconds) {
    }

    public record OfficerFigures(String officer, int called, int served, int noShows, long averageServiceSeconds) {
    }

    /** @param hour 0–23, Vietnam time */
    public record HourFigures(int hour, int issued, int called, long averageWaitSeconds, int breaches) {
    }
}
