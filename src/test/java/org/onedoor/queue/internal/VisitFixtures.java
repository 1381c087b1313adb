package org.onedoor.queue.internal;

import java.util.List;
import java.util.UUID;

import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAction;
import org.onedoor.queue.TicketChannel;
import org.onedoor.queue.TicketRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data on the real database: a centre of its own per test (no interference with other tests' tickets) and
 * its tickets, issued and served through the floor's API.
 */
record VisitFixtures(JdbcClient jdbc, Queues queues) {

    String newCentre() {
        return "T." + UUID.randomUUID().toString().substring(0, 12);
    }

    long line(String centre, String prefix) {
        return jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:centre, :prefix, 'Tiếp nhận', 'Intake', 'Penerimaan', 3) returning id""")
                .param("centre", centre).param("prefix", prefix).query(Long.class).single();
    }

    /**
     * A ticket issued through the floor (tests do not enforce opening hours) and, for CALLED, SERVING or DONE,
     * called to the counter by "officer.test" and acted on. Call it in the order the tickets should be served.
     */
    long ticket(String centre, long lineId, String prefix, String status, String counter) {
        Ticket t = queues.issue(new TicketRequest(centre, lineId, null, TicketChannel.WEB, null, null));
        if (status.equals("WAITING")) {
            return t.id();
        }
        Ticket called = queues.callNext(centre, counter, "officer.test", List.of(lineId)).orElseThrow();
        if (called.id() != t.id()) {
            throw new IllegalStateException("another ticket waits before " + t.code());
        }
        if (status.equals("SERVING") || status.equals("DONE")) {
            queues.act(centre, t.id(), TicketAction.START, "officer.test");
        }
        if (status.equals("DONE")) {
            queues.act(centre, t.id(), TicketAction.DONE, "officer.test");
        }
        return t.id();
    }
}
