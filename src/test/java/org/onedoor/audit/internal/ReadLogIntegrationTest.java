package org.onedoor.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.audit.AuditVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

/**
 * The public read log (decision 0260) on the real database: public look-ups land there exactly once, a full queue
 * pushes back instead of dropping, shutdown writes the queue, and the block seal catches edits, deletions,
 * insertions and reordering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "onedoor.audit.read-log-capacity=500"})
@ActiveProfiles("test")
class ReadLogIntegrationTest {

    static final String ID = "001090012345";

    @LocalServerPort int port;
    @Autowired ReadLogWriter writer;
    @Autowired AuditVerifier verifier;
    @Autowired AuditSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ObjectMapper json;
    @Autowired AuditProperties properties;

    final HttpClient http = HttpClient.newHttpClient();
    final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void cleanUp() {
        pool.shutdownNow();
        if (!writer.isRunning()) {
            writer.start();
        }
    }

    @Test
    void concurrentPublicLookUpsEachLandInTheReadLogExactlyOnceAndNotInTheMainTrail() throws Exception {
        String code = submit();
        int lookUps = 400;
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < lookUps; i++) {
            answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(uri("/api/v1/public/dossiers/" + code
                    + "?idNumber=" + ID)).build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
        }
        for (Future<Integer> answer : answers) {
            assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        writer.flush();

        assertThat(reads(code, "dossier.track")).isEqualTo(lookUps);
        assertThat(jdbc.sql("""
                        select count(distinct (block_seq, pos)) from audit.read_log where subject_id = :c""")
                .param("c", code).query(Long.class).single()).as("no read written twice").isEqualTo(lookUps);
        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_event where subject_id = :c and action = 'dossier.track'""")
                .param("c", code).query(Long.class).single()).as("public reads left the main trail").isZero();
        assertThat(jdbc.sql("select distinct actor from audit.read_log where subject_id = :c").param("c", code)
                .query(String.class).list()).containsExactly("anonymous");
        assertThat(jdbc.sql("select count(*) from audit.read_log where subject_id = :c and client_ip = '127.0.0.1'")
                .param("c", code).query(Long.class).single()).isEqualTo(lookUps);

        var check = verifier.verifyReadLog();
        assertThat(check.valid()).as(check.reason() + " at " + check.firstBrokenBlock()).isTrue();
        assertThat(check.reads()).isGreaterThanOrEqualTo(lookUps);

        // the admin search still finds them, merged with the main trail's rows (the submission)
        var found = search.search(new AuditSearch.Criteria(null, null, code, null, null));
        assertThat(found).hasSize(AuditSearch.LIMIT);
        assertThat(found).allSatisfy(e -> assertThat(e.subjectId()).isEqualTo(code));
        assertThat(found).extracting(AuditSearch.Event::ref).anySatisfy(ref -> assertThat(ref).startsWith("R"));
        var older = search.search(new AuditSearch.Criteria(null, null, code, null, null), 2);
        assertThat(older).as("page 3 of 401 records: the oldest reads and the submission from the main trail")
                .hasSizeGreaterThanOrEqualTo(1).extracting(AuditSearch.Event::action).contains("dossier.submit");
        assertThat(older).extracting(AuditSearch.Event::ref).anySatisfy(ref -> assertThat(ref).doesNotStartWith("R"));
        assertThat(search.search(new AuditSearch.Criteria("admin", "dossier.track", code, null, null)))
                .as("the read log holds only the public's reads").isEmpty();
    }

    @Test
    void aReadIsWrittenWithinTheFlushIntervalWithoutAnyFlushByHand() throws Exception {
        String subject = "BOUND-" + UUID.randomUUID();
        long start = System.nanoTime();
        writer.add(read(subject, "bound"));
        long deadline = start + properties.readLogFlushEvery().toNanos() + TimeUnit.SECONDS.toNanos(5);
        while (reads(subject, "test.read") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long waitedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(reads(subject, "test.read")).as("written by the writer thread after " + waitedMs + " ms").isEqualTo(1);
    }

    @Test
    void stoppingTheWriterAsAGracefulShutdownDoesWritesEveryQueuedRead() {
        writer.stop();
        assertThat(writer.isRunning()).isFalse();
        String subject = "SHUTDOWN-" + UUID.randomUUID();
        for (int i = 0; i < 300; i++) {
            writer.add(read(subject, "r" + i));
        }
        assertThat(writer.pending()).isEqualTo(300);
        writer.start();
        writer.stop();     // what the context's close does: the lifecycle stop writes the queue
        assertThat(writer.pending()).isZero();
        assertThat(reads(subject, "test.read")).isEqualTo(300);
    }

    @Test
    void aFullQueueWithoutTheWriterThreadIsWrittenByTheCallerNotDropped() {
        writer.stop();
        String subject = "FULL-" + UUID.randomUUID();
        int count = properties.readLogCapacity() * 2 + 17;
        for (int i = 0; i < count; i++) {
            writer.add(read(subject, "r" + i));
        }
        writer.flush();
        assertThat(reads(subject, "test.read")).isEqualTo(count);
    }

    @Test
    void whenTheDatabaseStallsAFullQueuePushesBackAndLosesNothing() throws Exception {
        String subject = "STALL-" + UUID.randomUUID();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> stall = pool.submit(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("select last_seq from audit.read_head where id = 1 for update").query(Long.class).single();
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        long waitsBefore = writer.waits();
        int count = properties.readLogCapacity() * 3;
        Future<?> reader = pool.submit(() -> {
            for (int i = 0; i < count; i++) {
                writer.add(read(subject, "r" + i));
            }
        });
        Thread.sleep(1500);
        assertThat(reader.isDone()).as("the reader waits for room while the database stalls").isFalse();
        assertThat(writer.waits()).isGreaterThan(waitsBefore);
        release.countDown();
        stall.get(10, TimeUnit.SECONDS);
        reader.get(30, TimeUnit.SECONDS);
        writer.flush();
        assertThat(reads(subject, "test.read")).isEqualTo(count);
        assertThat(verifier.verifyReadLog().valid()).isTrue();
    }

    @Test
    void editingAReadIsDetected() {
        long block = writeBlock("EDIT");
        assertTampered(block, "hash", "update audit.read_log set detail = 'edited' where block_seq = :b and pos = 1");
        assertTampered(block, "hash", "update audit.read_log set at = at + interval '1 microsecond' where block_seq = :b and pos = 2");
        assertTampered(block, "hash", "update audit.read_log set client_ip = '10.9.9.9' where block_seq = :b and pos = 0");
    }

    @Test
    void deletingOrAddingAReadIsDetected() {
        long block = writeBlock("DELETE");
        assertTampered(block, "rows", "delete from audit.read_log where block_seq = :b and pos = 1");
        assertTampered(block, "rows", "delete from audit.read_log where block_seq = :b and pos = 2");
        assertTampered(block, "rows", """
                insert into audit.read_log (at, block_seq, pos, actor, action, subject_type, subject_id)
                select at, block_seq, 3, actor, action, subject_type, 'FORGED' from audit.read_log
                where block_seq = :b and pos = 0""");
        assertTampered(block, "rows", """
                insert into audit.read_log (at, block_seq, pos, actor, action, subject_type, subject_id)
                select at, block_seq + 1000000, 0, actor, action, subject_type, 'STRAY' from audit.read_log
                where block_seq = :b and pos = 0""");
    }

    @Test
    void reorderingReadsIsDetected() {
        long block = writeBlock("ORDER");
        assertTampered(block, "hash", """
                update audit.read_log set pos = case pos when 0 then 1 else 0 end where block_seq = :b and pos in (0, 1)""");
    }

    @Test
    void deletingABlockIsDetected() {
        long first = writeBlock("BLOCK-A");
        long second = writeBlock("BLOCK-B");
        assertThat(second).isEqualTo(first + 1);
        assertTampered(first, "link", "delete from audit.read_block where seq = :b");
        assertTampered(second, "head", "delete from audit.read_log where block_seq = :b; delete from audit.read_block where seq = :b");
        assertTampered(second, "rows", "delete from audit.read_block where seq = :b");   // its reads left behind
        assertTampered(first, "hash", "update audit.read_block set hash = repeat('a', 64) where seq = :b; "
                + "update audit.read_block set prev_hash = repeat('a', 64) where seq = :b + 1");
    }

    /** Tampers in a transaction that is rolled back, so the log stays intact for the next test. */
    private void assertTampered(long block, String reason, String sql) {
        assertThat(verifier.verifyReadLog().valid()).as("intact before").isTrue();
        tx.executeWithoutResult(status -> {
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    jdbc.sql(statement).param("b", block).update();
                }
            }
            AuditVerifier.ReadLogVerification check = verifier.verifyReadLog();
            assertThat(check.valid()).as(sql).isFalse();
            assertThat(check.reason()).as(sql).isEqualTo(reason);
            assertThat(check.firstBrokenBlock()).as(sql).isEqualTo(reason.equals("rows") && sql.contains("STRAY")
                    ? block + 1000000 : block);
            status.setRollbackOnly();
        });
        assertThat(verifier.verifyReadLog().valid()).as("intact after the rollback").isTrue();
    }

    /** Three distinct reads written as one block (the writer is stopped, so nothing else joins it). */
    private long writeBlock(String prefix) {
        writer.stop();
        String subject = prefix + "-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            writer.add(read(subject, "read " + i));
        }
        writer.flush();
        writer.start();
        return jdbc.sql("select distinct block_seq from audit.read_log where subject_id = :s").param("s", subject)
                .query(Long.class).single();
    }

    private static ReadLogChain.ReadRow read(String subject, String detail) {
        return new ReadLogChain.ReadRow(Instant.now().truncatedTo(ChronoUnit.MICROS), "anonymous", "test.read",
                "dossier", subject, detail, "127.0.0.1");
    }

    private long reads(String subject, String action) {
        return jdbc.sql("select count(*) from audit.read_log where subject_id = :s and action = :a")
                .param("s", subject).param("a", action).query(Long.class).single();
    }

    private String submit() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/dossiers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"procedureCode": "1.004194", "channel": "ONLINE", "receivingAgencyCode": "000.00.31.H37",
                         "applicant": {"type": "CITIZEN", "idNumber": "%s", "name": "Trần Thị Bình",
                                       "birthDate": "1990-05-12", "phone": "0987654321"}}""".formatted(ID)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body()).get("code").asString();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
