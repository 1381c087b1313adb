package org.onedoor.queue.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * One ticket's events folded in order into the facts the statistics count (decision 0407). A visit is a series of
 * stints, one per line (or counter) it waited for: ISSUED opens the first, TRANSFERRED closes one and opens the next.
 * A stint's wait runs from its start to its LAST call (CALLED or RECALLED) before service begins (SERVING, PARKED,
 * DONE, NO_SHOW or a transfer), so a recall restarts the wait the citizen had, and a call after a resume does not
 * count as waiting. Service time is the time at the counter in the stint that ended DONE: from SERVING (or the call
 * when the counter did not mark it) to DONE, without the time the ticket lay parked.
 */
final class Visit {

    /** What a visit tells the tally. */
    interface Facts {
        void issued(long lineId, Instant at);

        void called(long lineId, String counter, String officer, Instant at);

        void waited(long lineId, Instant lastCall, long seconds);

        void transferredOut(long fromLineId, long toLineId);

        void served(long lineId, String counter, String officer, long serviceSeconds);

        void noShow(long lineId, String counter, String officer);

        void stillWaiting(long lineId);
    }

    private final Facts facts;
    private long line;
    private Instant waitFrom;      // null when the stint's wait is over (or never was: a walk-in)
    private Instant lastCall;
    private Instant mark;          // the moment the counter had the citizen: the last call or resume
    private Instant serviceFrom;   // SERVING of the running service period
    private long serviceSeconds;
    private boolean open;          // waiting for a call, not yet called
    private Long lastServiceSeconds;

    Visit(Facts facts) {
        this.facts = facts;
    }

    void apply(StoredEvent e) {
        switch (e.type()) {
            case "ISSUED" -> {
                line = e.lineId();
                waitFrom = e.waitFrom();
                open = waitFrom != null;
                facts.issued(line, e.at());
            }
            case "CALLED", "RECALLED" -> {
                if (waitFrom != null) {
                    lastCall = e.at();
                }
                open = false;
                mark = e.at();
                if (e.type().equals("CALLED")) {
                    facts.called(line, e.counter(), e.officer(), e.at());
                }
            }
            case "SERVING" -> {
                endWait();
                serviceFrom = e.at();
            }
            case "PARKED" -> {
                endWait();
                serviceSeconds += since(e.at());
                serviceFrom = null;
                mark = null;
            }
            case "RESUMED" -> mark = e.at();
            case "TRANSFERRED" -> {
                endWait();
                long to = e.toLineId();
                if (to != line) {
                    facts.transferredOut(line, to);
                }
                line = to;
                waitFrom = e.at();
                open = true;
                lastCall = null;
                mark = null;
                serviceFrom = null;
                serviceSeconds = 0;
            }
            case "DONE" -> {
                endWait();
                lastServiceSeconds = serviceSeconds + since(e.at());
                facts.served(line, e.counter(), e.officer(), lastServiceSeconds);
            }
            case "NO_SHOW" -> {
                endWait();
                facts.noShow(line, e.counter(), e.officer());
            }
            default -> throw new IllegalArgumentException("unknown ticket event " + e.type());
        }
    }

    /** After the last event: a called ticket's wait is over, an uncalled one is still waiting. */
    void end() {
        if (open) {
            facts.stillWaiting(line);
        }
        endWait();
    }

    /** The service time of the visit's DONE, null when it has none. */
    Long serviceSeconds() {
        return lastServiceSeconds;
    }

    private void endWait() {
        if (waitFrom != null && lastCall != null) {
            facts.waited(line, lastCall, Math.max(0, Duration.between(waitFrom, lastCall).toSeconds()));
        }
        waitFrom = null;
        lastCall = null;
        open = false;
    }

    private long since(Instant end) {
        Instant from = serviceFrom != null ? serviceFrom : mark;
        return from == null ? 0 : Math.max(0, Duration.between(from, end).toSeconds());
    }
}
