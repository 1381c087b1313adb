package org.onedoor.queue.internal;

import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.notification.CitizenMessenger;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAlerts;
import org.onedoor.queue.TicketEvent;
import org.onedoor.queue.TicketStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The citizen's alerts (decision 0423). Listens to the floor's {@link TicketEvent}s just before the floor's
 * transaction commits: when a subscribed ticket is called, or a subscribed ticket of the event's centre now has
 * N or fewer tickets before it, the message is written to the outbox ({@link CitizenMessenger}) in that same
 * transaction and the alert row is marked, so each message is stored exactly once and together with the call; it
 * is sent after commit. No network in the transaction; a call in a centre without pending alerts costs one
 * indexed query.
 */
@Service
class TicketAlertService implements TicketAlerts {

    private final JdbcClient jdbc;
    private final Queues queues;
    private final CitizenMessenger messenger;
    private final VisitSettings settings;

    TicketAlertService(JdbcClient jdbc, Queues queues, CitizenMessenger messenger, VisitSettings settings) {
        this.jdbc = jdbc;
        this.queues = queues;
        this.messenger = messenger;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void subscribe(String centre, long ticketId, String phone, String email, String locale) {
        List<FieldViolation> violations = Contacts.violations();
        Contacts contacts = Contacts.of(phone, email, locale, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        Ticket ticket = queues.ticket(centre, ticketId)
                .orElseThrow(() -> DomainException.notFound("queue.error.ticketNotFound", String.valueOf(ticketId), centre));
        if (ticket.status() != TicketStatus.WAITING) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.notWaiting", ticket.code());
        }
        jdbc.sql("""
                        insert into queue.ticket_alert (ticket_id, centre, phone, email, locale)
                        values (:ticket, :centre, :phone, :email, :locale)
                        on conflict (ticket_id) do update
                            set phone = excluded.phone, email = excluded.email, locale = excluded.locale""")
                .param("ticket", ticketId).param("centre", centre).param("phone", contacts.phone())
                .param("email", contacts.email()).param("locale", contacts.locale()).update();
        nearAlerts(centre, ticket.lineId());   // perhaps it is near already
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(TicketEvent event) {
        if ("CALLED".equals(event.type()) || "RESUMED".equals(event.type())) {
            called(event);
        }
        if ("CALLED".equals(event.type())) {
            // a waiting ticket of this line was called: the tickets behind it in the line moved closer
            nearAlerts(event.centre(), event.lineId());
        }
    }

    private void called(TicketEvent event) {
        record Alert(String phone, String email, String locale) {
        }
        jdbc.sql("""
                        update queue.ticket_alert set called_sent_at = now(), near_sent_at = coalesce(near_sent_at, now())
                        where ticket_id = :ticket and called_sent_at is null
                        returning phone, email, locale""")
                .param("ticket", event.ticketId())
                .query((rs, n) -> new Alert(rs.getString("phone"), rs.getString("email"), rs.getString("locale")))
                .optional()
                .ifPresent(a -> send(a.phone(), a.email(), a.locale(), "queue.visit.alert.called",
                        event.code(), event.counter() == null ? "" : event.counter()));
    }

    /** Sends "N places away" to the subscribed waiting tickets of the line that are now that near. */
    private void nearAlerts(String centre, long lineId) {
        List<Long> pending = jdbc.sql("""
                        select a.ticket_id from queue.ticket_alert a join queue.ticket t on t.id = a.ticket_id
                        where a.centre = :centre and a.near_sent_at is null and a.called_sent_at is null
                          and t.line_id = :line and t.status = 'WAITING'""")
                .param("centre", centre).param("line", lineId).query(Long.class).list();
        if (pending.isEmpty()) {
            return;
        }
        int places = settings.centre(centre).alertPlaces();
        for (long id : pending) {
            Ticket ticket = queues.ticket(centre, id).orElse(null);
            if (ticket == null || ticket.status() != TicketStatus.WAITING) {
                continue;
            }
            int ahead = queues.ahead(ticket);
            if (ahead > places) {
                continue;
            }
            record Alert(String phone, String email, String locale) {
            }
            jdbc.sql("""
                            update queue.ticket_alert set near_sent_at = now()
                            where ticket_id = :ticket and near_sent_at is null
                            returning phone, email, locale""")
                    .param("ticket", id)
                    .query((rs, n) -> new Alert(rs.getString("phone"), rs.getString("email"), rs.getString("locale")))
                    .optional()
                    .ifPresent(a -> send(a.phone(), a.email(), a.locale(), "queue.visit.alert.near", ticket.code(),
                            ahead));
        }
    }

    private void send(String phone, String email, String locale, String key, Object... args) {
        String text = messenger.text(key, locale, args);
        if (phone != null) {
            messenger.sms(phone, text);
        }
        if (email != null) {
            messenger.email(email, messenger.text(key + ".subject", locale, args), text);
        }
    }
}
