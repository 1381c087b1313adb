package org.onedoor.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.queue.FloorFixture.step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Six counters calling by their work profiles at once on the real database while they transfer tickets to each
 * other's lines and counters: a ticket is never called twice without a transfer in between, a ticket sent to a
 * counter is called by that counter, and every visit ends exactly once.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(FloorTestConfiguration.class)
class FloorConcurrencyIntegrationTest {

    static final int TICKETS = 120;
    static final int COUNTERS = 6;

    @Autowired
    Queues queues;
    @Autowired
    JdbcClient jdbc;

    @Test
    void profileCallsRacingTransfersNeverShareATicket() throws Exception {
        FloorFixture floor = new FloorFixture(jdbc);
        String c = FloorFixture.centre();
        long a = floor.line(c, "A", 3);
        long b = floor.line(c, "B", 2);
        for (int i = 1; i <= COUNTERS; i++) {
            floor.counter(c, String.valueOf(i), i % 2 == 1 ? new long[][] {step(a), step(b)}
                    : new long[][] {step(b), step(a)});
        }
        for (int i = 0; i < TICKETS; i++) {
            queues.issue(c, i % 2 == 0 ? a : b, i % 5 == 0 ? PriorityGroup.ELDERLY : null);
        }
        Map<Long, Integer> moves = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> calls = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger transfers = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(COUNTERS);
        CountDownLatch start = new CountDownLatch(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        List<Future<?>> futures = new ArrayList<>();
        for (int k = 1; k <= COUNTERS; k++) {
            String counter = String.valueOf(k);
            String next = String.valueOf(k % COUNTERS + 1);
            futures.add(pool.submit(() -> {
                start.await();
                while (done.get() < TICKETS && System.nanoTime() < deadline) {
                    Optional<Ticket> called = queues.callNext(c, counter, "officer" + counter);
                    if (called.isEmpty()) {
                        Thread.sleep(2);   // tickets being transferred come back
                        continue;
                    }
                    Ticket t = called.get();
                    calls.add(t.id());
                    // only the counter holding the call acts on the ticket, so this map needs no lock per ticket
                    int moved = moves.getOrDefault(t.id(), 0);
                    if (moved == 0 && t.id() % 3 == 0) {
                        queues.transfer(c, t.id(), t.lineId() == a ? b : a, null, "officer" + counter);
                        moves.put(t.id(), 1);
                        transfers.incrementAndGet();
                    } else if (moved == 0 && t.id() % 3 == 1) {
                        queues.transfer(c, t.id(), null, next, "officer" + counter);
                        moves.put(t.id(), 1);
                        transfers.incrementAndGet();
                    } else {
                        queues.act(c, t.id(), TicketAction.DONE, "officer" + counter);
                        done.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        assertThat(done).hasValue(TICKETS);
        assertThat(calls).hasSize(TICKETS + transfers.get());
        // per ticket: issued, then (called, transferred)*, called, done: never two calls without a transfer
        List<String> histories = jdbc.sql("""
                        select string_agg(e.type, ' ' order by e.id) from queue.ticket_event e
                        join queue.ticket t on t.id = e.ticket_id where t.centre = :c group by e.ticket_id""")
                .param("c", c).query(String.class).list();
        assertThat(histories).hasSize(TICKETS)
                .allSatisfy(h -> assertThat(h).matches("ISSUED( CALLED TRANSFERRED)* CALLED DONE"));
        assertThat(jdbc.sql("""
                        select count(*) from queue.ticket_event e join queue.ticket t on t.id = e.ticket_id
                        where t.centre = :c and e.type = 'CALLED'""")
                .param("c", c).query(Integer.class).single()).isEqualTo(calls.size());
        // a ticket sent to a counter was called next by that counter
        assertThat(jdbc.sql("""
                        select count(*) from (
                            select e.type, e.to_counter,
                                   lead(e.counter) over (partition by e.ticket_id order by e.id) as next_counter
                            from queue.ticket_event e join queue.ticket t on t.id = e.ticket_id
                            where t.centre = :c) x
                        where type = 'TRANSFERRED' and to_counter is not null and next_counter <> to_counter""")
                .param("c", c).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from queue.ticket where centre = :c and status = 'DONE'")
                .param("c", c).query(Integer.class).single()).isEqualTo(TICKETS);
    }
}
