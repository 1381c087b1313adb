package org.onedoor.queue;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records the {@link TicketEvent}s the queue publishes (synchronously, inside their transaction). Until every
 * stored ticket event is published by the service (the floor work of issue 4), {@link #ensure} publishes the
 * missing one after the fact, in a transaction of its own, so the live board can be tested either way.
 */
@TestComponent
public class TicketEventProbe {

    private final List<TicketEvent> seen = new CopyOnWriteArrayList<>();
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;

    public TicketEventProbe(ApplicationEventPublisher publisher, TransactionTemplate tx) {
        this.publisher = publisher;
        this.tx = tx;
    }

    @EventListener
    void on(TicketEvent event) {
        seen.add(event);
    }

    /** Publishes the event of {@code type} for the ticket unless the service already did. */
    public void ensure(Ticket t, String type) {
        boolean published = seen.stream().anyMatch(e -> e.ticketId() == t.id() && e.type().equals(type)
                && (t.calledAt() == null || !"CALLED".equals(type) && !"RECALLED".equals(type) || t.calledAt().equals(e.at())));
        if (!published) {
            Instant at = "CALLED".equals(type) || "RECALLED".equals(type) ? t.calledAt() : Instant.now();
            tx.executeWithoutResult(s -> publisher.publishEvent(new TicketEvent(t.centre(), t.id(), t.code(), t.lineId(),
                    type, "ISSUED".equals(type) ? null : t.counter(), at)));
        }
    }
}
