package org.onedoor.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.PriorityGroup;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketChannel;
import org.onedoor.queue.TicketEvent;
import org.onedoor.queue.TicketStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets and their events in schema {@code queue}. Every stored event is also published as a {@link TicketEvent}
 * in the storing transaction (a plain Spring event: in-module listeners for the board and alerts; decision 0408).
 */
@Component
class TicketStore {

    private static final String TICKET_COLUMNS = """
            t.id, t.centre, t.line_id, t.day, t.number, t.code, t.priority_group, t.status, t.issued_at,
            t.called_at, t.counter, t.channel, t.queue_at, t.dossier_code
            """;   // ends with a line break: a text block after it starts on its own line

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    TicketStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Named parameters that may be null. */
    static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** The centre's active lines (an inactive line issues and calls nothing, decision 0440). */
    List<QueueLine> lines(String centre) {
        return lines(centre, true);
    }

    /** Every line of the centre, active or not (statistics name the lines of past days). */
    List<QueueLine> allLines(String centre) {
        return lines(centre, false);
    }

    private List<QueueLine> lines(String centre, boolean activeOnly) {
        return jdbc.sql("""
                        select id, centre, prefix, name_vi, name_en, name_id, priority_every
                        from queue.queue_line where centre = :centre and (active or not :activeOnly)
                        order by prefix""")
                .param("centre", centre).param("activeOnly", activeOnly)
                .query((rs, i) -> new QueueLine(rs.getLong("id"), rs.getString("centre"), rs.getString("prefix"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getString("name_id"),
                        rs.getInt("priority_every")))
                .list();
    }

    /** A new ticket with the next number of the line's daily series, and its ISSUED event. */
    Ticket create(QueueLine line, PriorityGroup group, TicketChannel channel, TicketStatus status, Instant now,
                  Instant queueAt, String counter) {
        LocalDate day = LocalDate.ofInstant(now, VietnamTime.ZONE);
        // row-locks the day's counter of the line until commit: concurrent issues queue here, numbers stay consecutive
        int number = jdbc.sql("""
                        insert into queue.number_counter (line_id, day, n) values (:line, :day, 1)
                        on conflict (line_id, day) do update set n = queue.number_counter.n + 1
                        returning n""")
                .param("line", line.id()).param("day", day).query(Integer.class).single();
        String code = line.prefix() + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
        long id = jdbc.sql("""
                        insert into queue.ticket (centre, line_id, day, number, code, priority_group, status, issued_at,
                                                  channel, queue_at, counter)
                        values (:centre, :line, :day, :number, :code, :group, :status, :at, :channel, :queueAt,
                                :counter)
                        returning id""")
                .param("centre", line.centre()).param("line", line.id()).param("day", day).param("number", number)
                .param("code", code).param("group", group == null ? null : group.name())
                .param("status", status.name()).param("at", Timestamp.from(now)).param("channel", channel.name())
                .param("queueAt", Timestamp.from(queueAt)).param("counter", counter).query(Long.class).single();
        Ticket t = new Ticket(id, line.centre(), line.id(), day, number, code, group, status, now, null, counter,
                channel, queueAt, null);
        event(t, "ISSUED", now, null, null);
        return t;
    }

    /** Stores an event of the ticket (in the line it is in now) and publishes it. */
    void event(Ticket t, String type, Instant at, String counter, String officer) {
        insertEvent(t.id(), type, at, counter, officer, t.lineId(), null, null);
        events.publishEvent(new TicketEvent(t.centre(), t.id(), t.code(), t.lineId(), type, counter, at));
    }

    /**
     * Stores TRANSFERRED: the row keeps the line left and the counter that sent it; the published event names the
     * line the ticket now waits in and the counter it waits for (or the sending counter).
     */
    void transferred(Ticket before, Ticket after, Instant at, String officer) {
        insertEvent(before.id(), "TRANSFERRED", at, before.counter(), officer, before.lineId(), after.lineId(),
                after.counter());
        events.publishEvent(new TicketEvent(after.centre(), after.id(), after.code(), after.lineId(), "TRANSFERRED",
                after.counter() != null ? after.counter() : before.counter(), at));
    }

    private void insertEvent(long ticketId, String type, Instant at, String counter, String officer, long lineId,
                             Long toLineId, String toCounter) {
        jdbc.sql("""
                        insert into queue.ticket_event (ticket_id, type, at, counter, officer, line_id, to_line_id,
                                                        to_counter)
                        values (:ticket, :type, :at, :counter, :officer, :line, :toLine, :toCounter)""")
                .param("ticket", ticketId).param("type", type).param("at", Timestamp.from(at))
                .param("counter", counter).param("officer", officer).param("line", lineId)
                .param("toLine", toLineId).param("toCounter", toCounter).update();
    }

    /** One ticket's events in order, for its own service time. */
    List<StoredEvent> events(long ticketId) {
        return jdbc.sql(FloorFigures.EVENTS + " where t.id = :id order by e.id")
                .param("id", ticketId).query(FloorFigures::event).list();
    }

    /** Counts a call of the counter today and returns its number (its own row: counters do not wait on each other). */
    int countCall(String centre, String counter, LocalDate day) {
        return jdbc.sql("""
                        insert into queue.counter_day (centre, counter, day, calls) values (:centre, :counter, :day, 1)
                        on conflict (centre, counter, day) do update set calls = queue.counter_day.calls + 1
                        returning calls""")
                .param("centre", centre).param("counter", counter).param("day", day).query(Integer.class).single();
    }

    void giveBackCall(String centre, String counter, LocalDate day) {
        jdbc.sql("""
                        update queue.counter_day set calls = calls - 1
                        where centre = :centre and counter = :counter and day = :day""")
                .param("centre", centre).param("counter", counter).param("day", day).update();
    }

    /**
     * The oldest waiting ticket (by place in the line) of the lines, priority or normal, not waiting for a particular
     * counter, locked for this transaction; tickets another caller has locked are skipped (decision 0401).
     */
    Optional<Long> oldestWaiting(String centre, LocalDate day, List<Long> lineIds, boolean priority) {
        // Each line's head is read in index order and locked, skipping tickets other callers hold; the oldest head
        // is the call. The other heads stay locked until this call commits: a caller at that instant takes the
        // ticket behind them, and they are first again a few milliseconds later (decision 0415).
        return jdbc.sql(priority ? HEAD_PRIORITY : HEAD_ORDINARY)
                .param("centre", centre).param("day", day).param("lines", lineIds)
                .query(Long.class).optional();
    }

    private static final String HEAD = """
            select h.id from queue.queue_line l
            cross join lateral (select w.id, w.queue_at from queue.ticket w
                                where w.centre = :centre and w.day = :day and w.line_id = l.id
                                  and w.status = 'WAITING' and w.counter is null and w.priority_group %s
                                order by w.queue_at, w.id
                                limit 1
                                for update skip locked) h
            where l.id in (:lines)
            order by h.queue_at, h.id
            limit 1""";
    // the literal predicates name the partial indexes ticket_line_head and ticket_line_head_priority (queue V16)
    private static final String HEAD_ORDINARY = HEAD.formatted("is null");
    private static final String HEAD_PRIORITY = HEAD.formatted("is not null");

    /** The oldest ticket transferred to this counter, locked like {@link #oldestWaiting}. */
    Optional<Long> oldestWaitingFor(String centre, LocalDate day, String counter) {
        return jdbc.sql("""
                        select id from queue.ticket
                        where centre = :centre and day = :day and counter = :counter and status = 'WAITING'
                        order by queue_at, id
                        limit 1
                        for update skip locked""")
                .param("centre", centre).param("day", day).param("counter", counter).query(Long.class).optional();
    }

    /** Per line, the place of its oldest ticket waiting for any counter (no lock: it only orders the lines). */
    Map<Long, Instant> oldestWaiting(String centre, LocalDate day, List<Long> lineIds) {
        Map<Long, Instant> oldest = new HashMap<>();
        if (lineIds.isEmpty()) {
            return oldest;
        }
        // per line the first entry of its head in index order, not every waiting ticket grouped
        jdbc.sql("""
                        select l.id as line_id,
                               (select min(w.queue_at) from queue.ticket w
                                where w.centre = :centre and w.day = :day and w.line_id = l.id
                                  and w.status = 'WAITING' and w.counter is null) as oldest
                        from queue.queue_line l where l.id in (:lines)""")
                .param("centre", centre).param("day", day).param("lines", lineIds)
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("oldest");
                    return at == null ? null : oldest.put(rs.getLong("line_id"), at.toInstant());
                }).list();
        return oldest;
    }

    /** Calls a ticket the caller has just picked and locked; returns it as called (one statement). */
    Ticket markCalled(long id, Instant at, String counter) {
        return jdbc.sql("update queue.ticket t set status = 'CALLED', called_at = :at, counter = :counter,"
                        + " version = t.version + 1 where t.id = :id returning " + TICKET_COLUMNS)
                .param("at", Timestamp.from(at)).param("counter", counter).param("id", id)
                .query(TicketStore::map).single();
    }

    /** Updates a ticket (the caller holds its row lock or has just picked it). */
    void update(long id, String set, Map<String, ?> params) {
        jdbc.sql("update queue.ticket set " + set + ", version = version + 1 where id = :id")
                .params(params).param("id", id).update();
    }

    Ticket ticket(long id) {
        return jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.id = :id")
                .param("id", id).query(TicketStore::map).single();
    }

    Optional<Ticket> find(String centre, long id) {
        return jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.id = :id and t.centre = :centre")
                .param("id", id).param("centre", centre).query(TicketStore::map).optional();
    }

    /** The ticket, row-locked until commit (actions and transfers on one ticket never interleave). */
    Ticket lock(String centre, long id) {
        return jdbc.sql("select " + TICKET_COLUMNS
                        + " from queue.ticket t where t.id = :id and t.centre = :centre for update")
                .param("id", id).param("centre", centre).query(TicketStore::map).optional()
                .orElseThrow(() -> DomainException.notFound("queue.error.ticketNotFound", String.valueOf(id), centre));
    }

    List<Ticket> parked(String centre, String counter) {
        return jdbc.sql("select " + TICKET_COLUMNS + """
                         from queue.ticket t
                         where t.centre = :centre and t.counter = :counter and t.status = 'PARKED'
                         order by t.parked_at, t.id""")
                .param("centre", centre).param("counter", counter).query(TicketStore::map).list();
    }

    /** Waiting tickets of the ticket's line and day placed before it. */
    int ahead(Ticket ticket) {
        return jdbc.sql("""
                        select count(*) from queue.ticket
                        where centre = :centre and day = :day and line_id = :line and status = 'WAITING'
                          and (queue_at, id) < (:queueAt, :id)""")
                .param("centre", ticket.centre()).param("day", ticket.day()).param("line", ticket.lineId())
                .param("queueAt", Timestamp.from(ticket.queueAt())).param("id", ticket.id())
                .query(Integer.class).single();
    }

    int waiting(String centre, LocalDate day, long lineId) {
        return jdbc.sql("""
                        select count(*) from queue.ticket
                        where centre = :centre and day = :day and line_id = :line and status = 'WAITING'""")
                .param("centre", centre).param("day", day).param("line", lineId).query(Integer.class).single();
    }

    List<Ticket> currentCalls(String centre, LocalDate day) {
        return jdbc.sql("select * from (select distinct on (t.counter) " + TICKET_COLUMNS + """
                         from queue.ticket t
                         where t.centre = :centre and t.day = :day and t.called_at is not null
                         order by t.counter, t.called_at desc) c
                        order by c.called_at desc""")
                .param("centre", centre).param("day", day).query(TicketStore::map).list();
    }

    List<Ticket> recentCalls(String centre, LocalDate day, int limit) {
        return jdbc.sql("select " + TICKET_COLUMNS + """
                         from queue.ticket t
                         where t.centre = :centre and t.day = :day and t.called_at is not null
                         order by t.called_at desc limit :limit""")
                .param("centre", centre).param("day", day).param("limit", limit)
                .query(TicketStore::map).list();
    }

    static Ticket map(ResultSet rs, int i) throws SQLException {
        String group = rs.getString("priority_group");
        Timestamp called = rs.getTimestamp("called_at");
        return new Ticket(rs.getLong("id"), rs.getString("centre"), rs.getLong("line_id"),
                rs.getObject("day", LocalDate.class), rs.getInt("number"), rs.getString("code"),
                group == null ? null : PriorityGroup.valueOf(group), TicketStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("issued_at").toInstant(), called == null ? null : called.toInstant(),
                rs.getString("counter"), TicketChannel.valueOf(rs.getString("channel")),
                rs.getTimestamp("queue_at").toInstant(), rs.getString("dossier_code"));
    }
}
