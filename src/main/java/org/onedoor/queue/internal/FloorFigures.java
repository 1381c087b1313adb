package org.onedoor.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.QueueLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The floor's figures from the stored ticket events (decisions 0402, 0407) and the estimated wait (0406).
 */
@Component
class FloorFigures {

    /** A visit whose facts nobody counts (a single ticket's service time). */
    static final Visit.Facts NO_FACTS = new Visit.Facts() {
        public void issued(long lineId, Instant at) {
        }

        public void called(long lineId, String counter, String officer, Instant at) {
        }

        public void waited(long lineId, Instant lastCall, long seconds) {
        }

        public void transferredOut(long fromLineId, long toLineId) {
        }

        public void served(long lineId, String counter, String officer, long serviceSeconds) {
        }

        public void noShow(long lineId, String counter, String officer) {
        }

        public void stillWaiting(long lineId) {
        }
    };

    /** Events with the start of their ticket's wait: max(issue, place in the line), none for a walk-in. */
    static final String EVENTS = """
            select e.ticket_id, e.type, e.at, e.counter, e.officer, e.line_id, e.to_line_id,
                   case when e.type = 'ISSUED' and t.channel <> 'WALK_IN' then greatest(t.issued_at, t.queue_at)
                   end as wait_from
              from queue.ticket t
              join queue.ticket_event e on e.ticket_id = t.id""";

    private final JdbcClient jdbc;
    private final FloorProperties properties;

    FloorFigures(JdbcClient jdbc, FloorProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    FloorStatistics statistics(String centre, LocalDate from, LocalDate to, List<QueueLine> lines, Duration target) {
        FloorTally tally = new FloorTally(target.toSeconds());
        jdbc.sql(EVENTS + " where t.centre = :centre and t.day between :from and :to order by e.ticket_id, e.id")
                .param("centre", centre).param("from", from).param("to", to)
                .query(FloorFigures::event).stream().forEach(tally::add);
        return tally.result(centre, from, lines);
    }

    static StoredEvent event(ResultSet rs, int n) throws SQLException {
        Timestamp waitFrom = rs.getTimestamp("wait_from");
        return new StoredEvent(rs.getLong("ticket_id"), rs.getString("type"), rs.getTimestamp("at").toInstant(),
                rs.getString("counter"), rs.getString("officer"), rs.getLong("line_id"),
                rs.getObject("to_line_id", Long.class), waitFrom == null ? null : waitFrom.toInstant());
    }

    /**
     * ahead × the line's average service time today (or {@code onedoor.queue.default-service-time}) ÷ the counters
     * open for the line: those that called in the last {@code open-counter-window} a ticket of the line or anything
     * while the line is in their profile.
     */
    Duration estimatedWait(String centre, long lineId, int ahead, LocalDate day, Instant now,
                           List<String> profileCounters) {
        Long average = jdbc.sql("""
                        select round(avg(service_seconds)) from queue.ticket
                        where centre = :centre and line_id = :line and day = :day and status = 'DONE'
                          and service_seconds is not null""")
                .param("centre", centre).param("line", lineId).param("day", day).query(Long.class).optional()
                .orElse(null);
        long serviceSeconds = average != null ? average : properties.defaultServiceTime().toSeconds();
        int open = jdbc.sql("""
                        select count(distinct counter) from queue.ticket
                        where centre = :centre and called_at > :since and counter is not null
                          and (line_id = :line or counter = any(:counters))""")
                .param("centre", centre).param("since", Timestamp.from(now.minus(properties.openCounterWindow())))
                .param("line", lineId).param("counters", profileCounters.toArray(String[]::new))
                .query(Integer.class).single();
        return WaitEstimate.of(ahead, serviceSeconds, open);
    }
}
