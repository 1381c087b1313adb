package org.onedoor.queue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ratings;
import org.onedoor.queue.ServiceRated;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of a visit (decision 0426): once per ticket (a unique constraint), only for a ticket being served or
 * served; {@link ServiceRated} is published in the same transaction (the outbox carries it to reporting).
 */
@Service
class RatingService implements Ratings {

    static final Set<String> RATINGS = Set.of("SATISFIED", "ACCEPTABLE", "NOT_SATISFIED");

    private final JdbcClient jdbc;
    private final Queues queues;
    private final ApplicationEventPublisher events;

    RatingService(JdbcClient jdbc, Queues queues, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queues = queues;
        this.events = events;
    }

    @Override
    @Transactional
    public ServiceRated rate(String centre, long ticketId, String rating, String reason) {
        String value = rating == null ? "" : rating.strip().toUpperCase(Locale.ROOT);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (!RATINGS.contains(value)) {
            throw DomainException.invalid(List.of(new FieldViolation("rating", "queue.visit.error.rating")));
        }
        if (why != null && why.length() > 500) {
            throw DomainException.invalid(List.of(new FieldViolation("reason", "queue.visit.error.reason")));
        }
        Ticket ticket = queues.ticket(centre, ticketId)
                .orElseThrow(() -> DomainException.notFound("queue.error.ticketNotFound", String.valueOf(ticketId), centre));
        if (ticket.status() != TicketStatus.SERVING && ticket.status() != TicketStatus.DONE) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.notServed", ticket.code());
        }
        String officer = jdbc.sql("""
                        select officer from queue.ticket_event
                        where ticket_id = :ticket and officer is not null order by id desc limit 1""")
                .param("ticket", ticketId).query(String.class).optional().orElse(null);
        Instant now = Instant.now();
        Optional<Long> id = jdbc.sql("""
                        insert into queue.rating (ticket_id, centre, rating, reason, counter, officer, at)
                        values (:ticket, :centre, :rating, :reason, :counter, :officer, :at)
                        on conflict (ticket_id) do nothing
                        returning id""")
                .param("ticket", ticketId).param("centre", centre).param("rating", value).param("reason", why)
                .param("counter", ticket.counter()).param("officer", officer).param("at", Timestamp.from(now))
                .query(Long.class).optional();
        if (id.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.alreadyRated", ticket.code());
        }
        ServiceRated rated = new ServiceRated(id.get(), centre, ticket.code(), ticket.counter(), officer, value, why,
                ticket.dossierCode(), now);
        events.publishEvent(rated);
        return rated;
    }

    /** Whether the ticket has been rated. */
    @Transactional(readOnly = true)
    boolean rated(long ticketId) {
        return jdbc.sql("select exists (select 1 from queue.rating where ticket_id = :ticket)")
                .param("ticket", ticketId).query(Boolean.class).single();
    }

    /** The ticket a counter serves or served last today (the counter tablet shows it). */
    @Transactional(readOnly = true)
    Optional<Ticket> lastAtCounter(String centre, String counter) {
        return jdbc.sql("""
                        select id from queue.ticket
                        where centre = :centre and counter = :counter and day = :day and status in ('SERVING', 'DONE')
                        order by called_at desc nulls last, id desc limit 1""")
                .param("centre", centre).param("counter", counter).param("day", LocalDate.now(VietnamTime.ZONE))
                .query(Long.class).optional().flatMap(id -> queues.ticket(centre, id));
    }

    /** Today's ticket of the centre with that code (A012). */
    @Transactional(readOnly = true)
    Optional<Ticket> byCode(String centre, String code) {
        return jdbc.sql("select id from queue.ticket where centre = :centre and day = :day and code = :code")
                .param("centre", centre).param("day", LocalDate.now(VietnamTime.ZONE))
                .param("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .query(Long.class).optional().flatMap(id -> queues.ticket(centre, id));
    }
}
