package org.onedoor.queue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.TicketAction;
import org.onedoor.queue.TicketStatus;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.PriorityGroup;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketChannel;
import org.onedoor.queue.TicketRequest;
import org.onedoor.queue.ServiceCounter;
import org.onedoor.queue.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issuing and calling tickets on the database; see decision 0400 for the call rule. */
@Service
class QueueService implements Queues {

    private static final String TICKET_COLUMNS = """
            t.id, t.centre, t.line_id, t.day, t.number, t.code, t.priority_group, t.status, t.issued_at,
            t.called_at, t.counter, t.channel, t.queue_at, t.dossier_code""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    QueueService(JdbcClient jdbc, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<QueueLine> lines(String centre) {
        return jdbc.sql("""
                        select id, centre, prefix, name_vi, name_en, name_id, priority_every
                        from queue.queue_line where centre = :centre order by prefix""")
                .param("centre", centre)
                .query((rs, i) -> new QueueLine(rs.getLong("id"), rs.getString("centre"), rs.getString("prefix"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getString("name_id"),
                        rs.getInt("priority_every")))
                .list();
    }

    QueueLine line(String centre, long lineId) {
        return lines(centre).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> DomainException.notFound("queue.error.lineNotFound",
                        String.valueOf(lineId), centre));
    }

    @Override
    @Transactional
    public Ticket issue(TicketRequest request) {
        String centre = request.centre();
        long lineId = request.lineId();
        PriorityGroup priorityGroup = request.priorityGroup();
        QueueLine line = line(centre, lineId);
        Instant now = Instant.now();
        Instant queueAt = request.queueAt() == null ? now : request.queueAt();
        LocalDate day = LocalDate.ofInstant(now, VietnamTime.ZONE);
        // row-locks the day's counter of the line until commit: concurrent issues queue here, numbers stay consecutive
        int number = jdbc.sql("""
                        insert into queue.number_counter (line_id, day, n) values (:line, :day, 1)
                        on conflict (line_id, day) do update set n = queue.number_counter.n + 1
                        returning n""")
                .param("line", lineId).param("day", day).query(Integer.class).single();
        String code = line.prefix() + (number < 1000 ? String.format("%03d", number) : Integer.toString(number));
        long id = jdbc.sql("""
                        insert into queue.ticket (centre, line_id, day, number, code, priority_group, status, issued_at,
                                                  channel, queue_at)
                        values (:centre, :line, :day, :number, :code, :group, 'WAITING', :at, :channel, :queueAt)
                        returning id""")
                .param("centre", centre).param("line", lineId).param("day", day).param("number", number)
                .param("code", code).param("group", priorityGroup == null ? null : priorityGroup.name())
                .param("at", Timestamp.from(now)).param("channel", request.channel().name())
                .param("queueAt", Timestamp.from(queueAt)).query(Long.class).single();
        event(id, "ISSUED", now, null, null);
        return new Ticket(id, centre, lineId, day, number, code, priorityGroup, TicketStatus.WAITING, now, null, null,
                request.channel(), queueAt, null);
    }

    @Override
    @Transactional
    public Optional<Ticket> callNext(String centre, String counter, String officer, List<Long> lineIds) {
        if (lineIds == null || lineIds.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, "queue.error.noLines");
        }
        List<QueueLine> lines = lines(centre);
        for (Long id : lineIds) {
            if (lines.stream().noneMatch(l -> l.id() == id)) {
                throw DomainException.notFound("queue.error.lineNotFound", String.valueOf(id), centre);
            }
        }
        int every = lines.stream().filter(l -> lineIds.contains(l.id())).mapToInt(QueueLine::priorityEvery).min()
                .orElse(3);
        Instant now = Instant.now();
        LocalDate day = LocalDate.ofInstant(now, VietnamTime.ZONE);
        // the counter's call number today (its own row: counters do not wait for each other here)
        int call = jdbc.sql("""
                        insert into queue.counter_day (centre, counter, day, calls) values (:centre, :counter, :day, 1)
                        on conflict (centre, counter, day) do update set calls = queue.counter_day.calls + 1
                        returning calls""")
                .param("centre", centre).param("counter", counter).param("day", day).query(Integer.class).single();
        boolean priorityTurn = CallRule.priorityTurn(call, every);
        Optional<Long> picked = oldestWaiting(centre, lineIds, priorityTurn)
                .or(() -> oldestWaiting(centre, lineIds, !priorityTurn));
        if (picked.isEmpty()) {
            // an empty call is not a turn: give the count back
            jdbc.sql("""
                            update queue.counter_day set calls = calls - 1
                            where centre = :centre and counter = :counter and day = :day""")
                    .param("centre", centre).param("counter", counter).param("day", day).update();
            return Optional.empty();
        }
        long id = picked.get();
        jdbc.sql("""
                        update queue.ticket set status = 'CALLED', called_at = :at, counter = :counter,
                            version = version + 1
                        where id = :id""")
                .param("at", Timestamp.from(now)).param("counter", counter).param("id", id).update();
        event(id, "CALLED", now, counter, officer);
        Ticket called = ticket(id);
        // the ticket events are the floor's own record (statistics); the officer's action is also in the audit trail
        audit.recordAs(officer, centre, "queue.call", "ticket", called.code(), "counter " + counter + ", ticket id " + id);
        return Optional.of(called);
    }

    /**
     * The oldest waiting ticket of the lines, priority or normal, locked for this transaction; tickets another
     * caller has locked are skipped, so two counters never take the same one.
     */
    private Optional<Long> oldestWaiting(String centre, List<Long> lineIds, boolean priority) {
        return jdbc.sql("""
                        select id from queue.ticket
                        where centre = :centre and line_id in (:lines) and status = 'WAITING'
                          and (priority_group is not null) = :priority
                        order by queue_at, id
                        limit 1
                        for update skip locked""")
                .param("centre", centre).param("lines", lineIds).param("priority", priority)
                .query(Long.class).optional();
    }

    private void event(long ticketId, String type, Instant at, String counter, String officer) {
        jdbc.sql("""
                        insert into queue.ticket_event (ticket_id, type, at, counter, officer)
                        values (:ticket, :type, :at, :counter, :officer)""")
                .param("ticket", ticketId).param("type", type).param("at", Timestamp.from(at))
                .param("counter", counter).param("officer", officer).update();
    }

    @Override
    @Transactional
    public Ticket act(String centre, long ticketId, TicketAction action, String officer) {
        Ticket t = jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.id = :id and t.centre = :centre for update")
                .param("id", ticketId).param("centre", centre).query(QueueService::map).optional()
                .orElseThrow(() -> DomainException.notFound("queue.error.ticketNotFound", String.valueOf(ticketId), centre));
        Set<TicketStatus> from = switch (action) {
            case RECALL, START, NO_SHOW -> EnumSet.of(TicketStatus.CALLED);
            case DONE -> EnumSet.of(TicketStatus.CALLED, TicketStatus.SERVING);
            case PARK, RESUME -> throw new UnsupportedOperationException("issue 4: park and resume come with the floor work");
        };
        if (!from.contains(t.status())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.error.wrongState", t.code(), t.status().name());
        }
        Instant now = Instant.now();
        String status = switch (action) {
            case RECALL -> "CALLED";
            case START -> "SERVING";
            case DONE -> "DONE";
            case NO_SHOW -> "NO_SHOW";
            default -> throw new IllegalStateException(action.name());
        };
        jdbc.sql("update queue.ticket set status = :status, version = version + 1"
                        + (action == TicketAction.RECALL ? ", called_at = :at" : "") + " where id = :id")
                .param("status", status).param("at", Timestamp.from(now)).param("id", ticketId).update();
        String type = switch (action) {
            case RECALL -> "RECALLED";
            case START -> "SERVING";
            case DONE -> "DONE";
            case NO_SHOW -> "NO_SHOW";
            default -> throw new IllegalStateException(action.name());
        };
        event(ticketId, type, now, t.counter(), officer);
        audit.recordAs(officer, centre, "queue." + action.name().toLowerCase(java.util.Locale.ROOT), "ticket", t.code(),
                "counter " + t.counter() + ", ticket id " + ticketId);
        return ticket(ticketId);
    }

    @Override
    @Transactional(readOnly = true)
    public FloorStatistics statistics(String centre, LocalDate day) {
        String visits = """
                with visit as (
                    select t.id, t.line_id, l.prefix,
                           min(e.at) filter (where e.type = 'ISSUED') as issued,
                           max(e.at) filter (where e.type in ('CALLED', 'RECALLED')) as last_call,
                           max(e.at) filter (where e.type = 'SERVING') as serving,
                           max(e.at) filter (where e.type = 'DONE') as done,
                           bool_or(e.type = 'NO_SHOW') as no_show,
                           (array_agg(e.counter order by e.id) filter (where e.type in ('CALLED', 'RECALLED', 'DONE')))[1] as counter
                      from queue.ticket t
                      join queue.queue_line l on l.id = t.line_id
                      join queue.ticket_event e on e.ticket_id = t.id
                     where t.centre = :centre and t.day = :day
                     group by t.id, t.line_id, l.prefix)
                """;
        List<FloorStatistics.LineFigures> lines = jdbc.sql(visits + """
                        select line_id, prefix, count(*) as issued,
                               count(*) filter (where done is not null) as served,
                               count(*) filter (where no_show) as no_shows,
                               count(*) filter (where last_call is null) as waiting,
                               coalesce(round(avg(extract(epoch from last_call - issued))
                                   filter (where last_call is not null)), 0) as avg_wait,
                               coalesce(max(extract(epoch from last_call - issued)), 0) as max_wait
                          from visit group by line_id, prefix order by prefix""")
                .param("centre", centre).param("day", day)
                .query((rs, n) -> new FloorStatistics.LineFigures(rs.getLong("line_id"), rs.getString("prefix"),
                        rs.getInt("issued"), rs.getInt("served"), rs.getInt("no_shows"), rs.getInt("waiting"),
                        rs.getLong("avg_wait"), rs.getLong("max_wait"), 0, 0))
                .list();
        List<FloorStatistics.CounterFigures> counters = jdbc.sql(visits + """
                        select counter, count(*) as served,
                               round(avg(extract(epoch from done - coalesce(serving, last_call)))) as avg_service
                          from visit where done is not null group by counter order by counter""")
                .param("centre", centre).param("day", day)
                .query((rs, n) -> new FloorStatistics.CounterFigures(rs.getString("counter"), rs.getInt("served"),
                        rs.getLong("avg_service")))
                .list();
        return new FloorStatistics(centre, day, 0, lines, counters, List.of(), List.of());
    }

    Ticket ticket(long id) {
        return jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.id = :id")
                .param("id", id).query(QueueService::map).single();
    }

    @Override
    @Transactional(readOnly = true)
    public int ahead(Ticket ticket) {
        return jdbc.sql("""
                        select count(*) from queue.ticket
                        where line_id = :line and status = 'WAITING' and id < :id""")
                .param("line", ticket.lineId()).param("id", ticket.id()).query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public int waiting(String centre, long lineId) {
        return jdbc.sql("""
                        select count(*) from queue.ticket
                        where centre = :centre and line_id = :line and status = 'WAITING'""")
                .param("centre", centre).param("line", lineId).query(Integer.class).single();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> currentCalls(String centre) {
        LocalDate day = LocalDate.now(VietnamTime.ZONE);
        return jdbc.sql("select * from (select distinct on (t.counter) " + TICKET_COLUMNS + """
                         from queue.ticket t
                         where t.centre = :centre and t.day = :day and t.called_at is not null
                         order by t.counter, t.called_at desc) c
                        order by c.called_at desc""")
                .param("centre", centre).param("day", day).query(QueueService::map).list();
    }

    private static Ticket map(ResultSet rs, int i) throws SQLException {
        String group = rs.getString("priority_group");
        Timestamp called = rs.getTimestamp("called_at");
        return new Ticket(rs.getLong("id"), rs.getString("centre"), rs.getLong("line_id"),
                rs.getObject("day", LocalDate.class), rs.getInt("number"), rs.getString("code"),
                group == null ? null : PriorityGroup.valueOf(group), TicketStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("issued_at").toInstant(), called == null ? null : called.toInstant(),
                rs.getString("counter"), TicketChannel.valueOf(rs.getString("channel")),
                rs.getTimestamp("queue_at").toInstant(), rs.getString("dossier_code"));
    }

    // ---- contract of issue 4's floor work, implemented next (see Queues) ----

    @Override
    public List<ServiceCounter> counters(String centre) {
        return List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Ticket> ticket(String centre, long ticketId) {
        return jdbc.sql("select " + TICKET_COLUMNS + " from queue.ticket t where t.id = :id and t.centre = :centre")
                .param("id", ticketId).param("centre", centre).query(QueueService::map).optional();
    }

    @Override
    public Optional<Ticket> callNext(String centre, String counter, String officer) {
        return callNext(centre, counter, officer, lines(centre).stream().map(QueueLine::id).toList());
    }

    @Override
    public Ticket transfer(String centre, long ticketId, Long toLineId, String toCounter, String officer) {
        throw new UnsupportedOperationException("issue 4: transfer comes with the floor work");
    }

    @Override
    public Ticket serveWalkIn(String centre, String counter, long lineId, String officer) {
        throw new UnsupportedOperationException("issue 4: walk-in comes with the floor work");
    }

    @Override
    public Ticket linkDossier(String centre, long ticketId, String dossierCode, String officer) {
        throw new UnsupportedOperationException("issue 4: dossier link comes with the floor work");
    }

    @Override
    public List<Ticket> parked(String centre, String counter) {
        return List.of();
    }

    @Override
    public java.time.Duration estimatedWait(String centre, long lineId, int ahead) {
        throw new UnsupportedOperationException("issue 4: estimated wait comes with the floor work");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ticket> recentCalls(String centre, int limit) {
        return jdbc.sql("select " + TICKET_COLUMNS + """
                         from queue.ticket t
                         where t.centre = :centre and t.day = :day and t.called_at is not null
                         order by t.called_at desc limit :limit""")
                .param("centre", centre).param("day", LocalDate.now(VietnamTime.ZONE)).param("limit", limit)
                .query(QueueService::map).list();
    }
}
