package org.onedoor.queue;

import java.time.LocalDate;
import java.util.List;

/**
 * A centre's day computed from the stored ticket events (never from counters kept on the side): waiting time is
 * from issue to the LAST call (a recall restarts the wait the citizen actually had), service time from the start of
 * service (or the last call when the counter did not mark it) to done.
 *
 * @param lines    per line: issued, served (done), no-shows, still waiting, average and longest wait of the
 *                 called tickets, in seconds
 * @param counters per counter: tickets served and their average service time, in seconds
 */
public record FloorStatistics(String centre, LocalDate day, List<LineFigures> lines, List<CounterFigures> counters) {

    public FloorStatistics {
        lines = List.copyOf(lines);
        counters = List.copyOf(counters);
    }

    public record LineFigures(long lineId, String prefix, int issued, int served, int noShows, int waiting,
                              long averageWaitSeconds, long longestWaitSeconds) {
    }

    public record CounterFigures(String counter, int served, long averageServiceSeconds) {
    }
}
