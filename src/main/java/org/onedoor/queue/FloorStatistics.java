package org.onedoor.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's day (or period) computed from the stored ticket events (never from counters kept on the side): waiting
 * time is from issue (or the booked time of an appointment checked in on time) to the LAST call (a recall restarts the
 * wait the citizen actually had), service time from the start of service (or the last call when the counter did not
 * mark it) to done. A service-level breach is a called ticket whose wait exceeded the centre's target.
 *
 * @param targetWaitSeconds the service-level target for waiting
 * @param lines             per line
 * @param counters          per counter: tickets served and their average service time, in seconds
 * @param officers          per officer (who finished the visit)
 * @param hours             per hour of the day (Vietnam time, by issue hour for issued, by call hour for waits)
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
     * @param breaches called tickets that waited longer than the target
     * @param transfersOut tickets transferred out of this line
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
