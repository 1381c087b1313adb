package org.onedoor.queue.live;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketEvent;
import org.springframework.stereotype.Component;

/** What a board shows, read from the database: the whole picture on (re)connect, the lines on count changes. */
@Component
public class BoardSnapshots {

    /** A call as the board shows it; {@code ticketId} with {@code at} identifies it (a recall is a new call). */
    public record Call(long ticketId, String code, String counter, String type, String at) {

        static Call of(Ticket t) {
            return new Call(t.id(), t.code(), t.counter(), "CALLED", t.calledAt() == null ? null : t.calledAt().toString());
        }

        static Call of(TicketEvent e) {
            return new Call(e.ticketId(), e.code(), e.counter(), e.type(), e.at() == null ? null : e.at().toString());
        }
    }

    /** @param estimatedMinutes null when the estimate is not available */
    public record Line(long id, String prefix, String nameVi, String nameEn, String nameId, int waiting,
                       Long estimatedMinutes) {
    }

    /** @param seq the stream position the snapshot corresponds to (events after it follow on the stream) */
    public record Snapshot(long seq, List<Call> calls, List<Call> recent, List<Line> lines,
                           String serverTime) {
    }

    private final Queues queues;
    private final LiveBoardProperties properties;

    BoardSnapshots(Queues queues, LiveBoardProperties properties) {
        this.queues = queues;
        this.properties = properties;
    }

    /** Null when the centre has no lines (no such centre). */
    public Snapshot snapshot(String centre, long seq) {
        List<Line> lines = lines(centre);
        if (lines.isEmpty()) {
            return null;
        }
        return new Snapshot(seq, queues.currentCalls(centre).stream().map(Call::of).toList(), recent(centre), lines,
                Instant.now().toString());
    }

    private List<Call> recent(String centre) {
        return queues.recentCalls(centre, properties.recentCalls()).stream().map(Call::of).toList();
    }

    public List<Line> lines(String centre) {
        List<QueueLine> lines = queues.lines(centre);
        return lines.stream().map(l -> {
            int waiting = queues.waiting(centre, l.id());
            return new Line(l.id(), l.prefix(), l.nameVi(), l.nameEn(), l.nameId(), waiting, estimate(centre, l.id(), waiting));
        }).toList();
    }

    private Long estimate(String centre, long lineId, int waiting) {
        Duration wait = queues.estimatedWait(centre, lineId, waiting);
        return wait == null ? null : (wait.toSeconds() + 59) / 60;   // whole minutes, rounded up
    }
}
