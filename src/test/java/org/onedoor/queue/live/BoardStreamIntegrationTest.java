package org.onedoor.queue.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketEvent;
import org.onedoor.queue.TicketEventProbe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The board's live stream over a real connection: a snapshot first, calls after commit only, replay of what a
 * reconnecting board missed by its Last-Event-ID, a fresh snapshot when the gap is unknown, pushed waiting counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TicketEventProbe.class)
class BoardStreamIntegrationTest {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;
    @Autowired TicketEventProbe probe;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired BoardFeed feed;

    String centre;
    long lineId;

    @BeforeEach
    void centreWithOneLine() {
        // a centre of its own: calls of other tests never interleave with this one's
        centre = "TEST." + UUID.randomUUID().toString().substring(0, 8);
        lineId = jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id)
                        values (:c, 'A', 'Tiếp nhận', 'Intake', 'Penerimaan') returning id""")
                .param("c", centre).query(Long.class).single();
    }

    @Test
    void aBoardGetsASnapshotThenEveryCallCommittedAfterIt() throws Exception {
        Ticket earlier = call(issue(), "2");
        try (SseClient board = connect(null)) {
            assertThat(board.status).isEqualTo(200);
            SseClient.Event snapshot = board.next("snapshot", WAIT);
            JsonNode s = JSON.readTree(snapshot.data());
            assertThat(s.get("calls")).extracting(c -> c.get("code").asString()).containsExactly(earlier.code());
            assertThat(s.get("lines").get(0).get("prefix").asString()).isEqualTo("A");

            Ticket t = call(issue(), "3");
            SseClient.Event called = board.next("called", WAIT);
            assertThat(called).as("the call reaches the board").isNotNull();
            JsonNode c = JSON.readTree(called.data());
            assertThat(c.get("code").asString()).isEqualTo(t.code());
            assertThat(c.get("counter").asString()).isEqualTo("3");
            assertThat(c.get("ticketId").asLong()).isEqualTo(t.id());
            assertThat(Long.parseLong(called.id())).isGreaterThan(Long.parseLong(snapshot.id()));
        }
    }

    @Test
    void aBoardReconnectingWithItsLastEventIdGetsTheCallItMissedWithoutASnapshot() throws Exception {
        String last;
        try (SseClient board = connect(null)) {
            last = board.next("snapshot", WAIT).id();
        }
        Ticket missed = call(issue(), "4");
        try (SseClient board = connect(last)) {
            SseClient.Event first = board.next(WAIT);
            assertThat(first.name()).isEqualTo("called");
            assertThat(JSON.readTree(first.data()).get("ticketId").asLong()).isEqualTo(missed.id());
        }
    }

    @Test
    void aBoardWithAnUnknownLastEventIdResynchronisesFromASnapshot() throws Exception {
        Ticket t = call(issue(), "5");
        try (SseClient board = connect("1")) {
            SseClient.Event first = board.next(WAIT);
            assertThat(first.name()).isEqualTo("snapshot");
            assertThat(JSON.readTree(first.data()).get("recent")).extracting(c -> c.get("ticketId").asLong())
                    .containsExactly(t.id());
        }
    }

    @Test
    void aCallRolledBackNeverReachesTheBoard() throws Exception {
        try (SseClient board = connect(null)) {
            board.next("snapshot", WAIT);
            tx.executeWithoutResult(status -> {
                publisher.publishEvent(new TicketEvent(centre, -1, "A999", lineId, "CALLED", "9", java.time.Instant.now()));
                status.setRollbackOnly();
            });
            Ticket t = call(issue(), "6");
            SseClient.Event called = board.next("called", WAIT);
            assertThat(JSON.readTree(called.data()).get("ticketId").asLong()).isEqualTo(t.id());
        }
    }

    @Test
    void waitingCountsArePushedWhenTicketsAreIssued() throws Exception {
        try (SseClient board = connect(null)) {
            board.next("snapshot", WAIT);
            issue();
            issue();
            JsonNode lines = null;
            for (int i = 0; i < 5 && (lines == null || lines.get(0).get("waiting").asInt() < 2); i++) {
                lines = JSON.readTree(board.next("lines", WAIT).data());
            }
            assertThat(lines.get(0).get("waiting").asInt()).isEqualTo(2);
        }
    }

    @Test
    void aDroppedBoardIsNoLongerFedAndAnUnknownCentreHasNoStream() throws Exception {
        try (SseClient board = connect(null)) {
            board.next("snapshot", WAIT);
            assertThat(feed.connected(centre)).isEqualTo(1);
            feed.disconnectAll(centre);
            assertThat(feed.connected(centre)).isZero();
        }
        try (SseClient none = new SseClient("http://127.0.0.1:" + port + "/queue/NOPE.X/board/events", null)) {
            assertThat(none.status).isEqualTo(404);
        }
    }

    private SseClient connect(String lastEventId) throws Exception {
        return new SseClient("http://127.0.0.1:" + port + "/queue/" + centre + "/board/events", lastEventId);
    }

    private Ticket issue() {
        Ticket t = queues.issue(centre, lineId, null);
        probe.ensure(t, "ISSUED");
        return t;
    }

    private Ticket call(Ticket waiting, String counter) {
        Ticket t = queues.callNext(centre, counter, "motcua.test", List.of(lineId)).orElseThrow();
        assertThat(t.id()).isEqualTo(waiting.id());
        probe.ensure(t, "CALLED");
        return t;
    }
}
