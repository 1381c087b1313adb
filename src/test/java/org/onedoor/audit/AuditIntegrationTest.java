package org.onedoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditIntegrationTest {

    static final long TIMEOUT_SECONDS = 10;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AuditSealer sealer;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @LocalServerPort
    int port;

    final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    @Test
    void appendsDoNotTouchTheChainHeadAndTheSealerChainsThemInOrder() throws Exception {
        List<Long> ids;
        try (var paused = new SealerPause()) {
            // the head is locked (as by a sealer that takes its time): appends must not wait for it
            Future<?> appends = pool.submit(() -> {
                for (String detail : List.of("first", "second", "third")) {
                    tx.executeWithoutResult(s -> trail.record("test.append", "dossier", "000.00.20.H37-260105-0001", detail));
                }
            });
            appends.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            ids = jdbc.sql("select id from audit.audit_event where action = 'test.append' and hash is null order by id")
                    .query(Long.class).list();
            assertThat(ids).hasSize(3);
            assertThat(verifier.unsealed().rows()).isGreaterThanOrEqualTo(3);
            assertThat(verifier.unsealed().oldestAt()).isNotNull();
        }
        sealer.sealNow();

        List<Map<String, Object>> rows = jdbc.sql("""
                select id, chain_seq, prev_hash, hash, actor from audit.audit_event where id in (:ids) order by id""")
                .param("ids", ids).query().listOfRows();
        for (int i = 1; i < rows.size(); i++) {
            // sealed in the same run, in id order, consecutively: each links to the previous one
            assertThat((Long) rows.get(i).get("chain_seq")).isEqualTo((Long) rows.get(i - 1).get("chain_seq") + 1);
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat(rows).allSatisfy(r -> assertThat(r.get("actor")).isEqualTo("system"));
        var head = jdbc.sql("select last_seq, last_hash from audit.chain_head").query().singleRow();
        assertThat((Long) head.get("last_seq")).isGreaterThanOrEqualTo((Long) rows.get(2).get("chain_seq"));
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void anOpenAuditedTransactionDoesNotBlockAnother() throws Exception {
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<?> first = pool.submit(() -> tx.executeWithoutResult(s -> {
            trail.record("test.nonblocking", "dossier", "D-A", "kept open");
            firstRecorded.countDown();
            await(releaseFirst);
        }));
        try {
            assertThat(firstRecorded.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            Future<?> second = pool.submit(() -> tx.executeWithoutResult(
                    s -> trail.record("test.nonblocking", "dossier", "D-B", "commits while the first is open")));
            second.get(5, TimeUnit.SECONDS); // under the old head lock this waited for the first to commit
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(5000);
            assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'test.nonblocking'")
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            releaseFirst.countDown();
        }
        first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        sealer.sealNow();
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRowCommittedLateIsSealedLaterAndTheChainStaysValid() throws Exception {
        CountDownLatch lateRecorded = new CountDownLatch(1);
        CountDownLatch commitLate = new CountDownLatch(1);
        Future<?> late = pool.submit(() -> tx.executeWithoutResult(s -> {
            trail.record("test.late", "dossier", "D-LATE", "long transaction");
            lateRecorded.countDown();
            await(commitLate);
        }));
        try {
            assertThat(lateRecorded.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
            tx.executeWithoutResult(s -> trail.record("test.late", "dossier", "D-EARLY", "short transaction"));
            sealer.sealNow();
            assertThat(jdbc.sql("select hash from audit.audit_event where action = 'test.late' and subject_id = 'D-EARLY'")
                    .query(String.class).single()).isNotNull();
        } finally {
            commitLate.countDown();
        }
        late.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        sealer.sealNow();

        var lateRow = jdbc.sql("select id, chain_seq from audit.audit_event where action = 'test.late' and subject_id = 'D-LATE'")
                .query().singleRow();
        var earlyRow = jdbc.sql("select id, chain_seq from audit.audit_event where action = 'test.late' and subject_id = 'D-EARLY'")
                .query().singleRow();
        assertThat((Long) lateRow.get("id")).isLessThan((Long) earlyRow.get("id"));
        assertThat((Long) lateRow.get("chain_seq")).isGreaterThan((Long) earlyRow.get("chain_seq"));
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aChangeAndItsAuditRowRollBackTogether() {
        long before = count("test.rollback");
        try {
            tx.executeWithoutResult(status -> {
                trail.record("test.rollback", "x", "1", null);
                throw new IllegalStateException("business failure");
            });
        } catch (IllegalStateException expected) {
            // the business change failed
        }
        assertThat(count("test.rollback")).isEqualTo(before);
        sealer.sealNow();
        assertThat(verifier.verify().valid()).isTrue();
    }

    /** Each edit of a sealed row is caught as a changed hash at that row. */
    @ParameterizedTest
    @ValueSource(strings = {
            "detail = 'rewritten'",
            "at = at + interval '1 second'",
            "actor = 'someone else'",
            "hash_format = 1"})
    void detectsASealedRowEditedWithSql(String edit) {
        trail.record("test.tamper", "dossier", "D-1", "original detail");
        long id = jdbc.sql("select max(id) from audit.audit_event where action = 'test.tamper'").query(Long.class).single();
        trail.record("test.tamper", "dossier", "D-2", "a later event");
        sealer.sealNow();
        var original = jdbc.sql("select at, actor, detail, hash_format from audit.audit_event where id = :id")
                .param("id", id).query().singleRow();
        try {
            jdbc.sql("update audit.audit_event set " + edit + " where id = :id").param("id", id).update();

            AuditVerifier.ChainVerification result = verifier.verify();

            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(id);
            assertThat(result.reason()).isEqualTo("hash");
        } finally {
            jdbc.sql("update audit.audit_event set at = :at, actor = :actor, detail = :detail, hash_format = :hash_format where id = :id")
                    .params(original).param("id", id).update();
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void detectsARowDeletedFromTheMiddle() {
        trail.record("test.middle", "dossier", "D-4", "will be removed");
        trail.record("test.middle", "dossier", "D-5", "follows it");
        sealer.sealNow();
        var row = jdbc.sql("select * from audit.audit_event where action = 'test.middle' and subject_id = 'D-4'")
                .query().singleRow();
        long nextId = jdbc.sql("select id from audit.audit_event where chain_seq = :seq + 1")
                .param("seq", row.get("chain_seq")).query(Long.class).single();
        try {
            jdbc.sql("delete from audit.audit_event where id = :id").param("id", row.get("id")).update();
            var result = verifier.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.reason()).isEqualTo("link");
            assertThat(result.firstBrokenId()).isEqualTo(nextId);
        } finally {
            reinsert(row);
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void detectsADeletedNewestRow() throws Exception {
        trail.record("test.delete", "dossier", "D-3", "to be deleted");
        sealer.sealNow();
        try (var paused = new SealerPause()) { // nothing may be chained onto the deleted row meanwhile
            var row = jdbc.sql("select * from audit.audit_event where chain_seq = (select max(chain_seq) from audit.audit_event)")
                    .query().singleRow();
            try {
                jdbc.sql("delete from audit.audit_event where id = :id").param("id", row.get("id")).update();
                assertThat(verifier.verify()).extracting(AuditVerifier.ChainVerification::valid, AuditVerifier.ChainVerification::reason)
                        .containsExactly(false, "head");
            } finally {
                reinsert(row);
            }
            assertThat(verifier.verify().valid()).isTrue();
        }
    }

    @Test
    void concurrentAppendsThenASealKeepTheChainLinear() throws Exception {
        long before = count("test.concurrent");
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    int n = i;
                    tx.executeWithoutResult(s -> trail.record("test.concurrent", "thread", Integer.toString(thread), "n=" + n));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        sealer.sealNow();

        assertThat(count("test.concurrent")).isEqualTo(before + 200);
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'test.concurrent' and hash is null")
                .query(Long.class).single()).isZero();
        assertThat(verifier.verify().valid()).isTrue();
        assertThat(jdbc.sql("""
                select count(*) from (select prev_hash from audit.audit_event where prev_hash is not null
                                      group by prev_hash having count(*) > 1) forks""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select max(chain_seq) = count(chain_seq) from audit.audit_event").query(Boolean.class).single())
                .as("chain_seq is dense").isTrue();
    }

    @Test
    void theAdminPageSaysHowManyRowsAreNotChainedYet() throws Exception {
        Browser admin = new Browser();
        admin.login("admin", "Demo@2026");
        Pattern notice = Pattern.compile("(\\d+) records are stored but not yet chained");
        try (var paused = new SealerPause()) {
            tx.executeWithoutResult(s -> trail.record("test.page", "dossier", "D-6", "unsealed while the sealer waits"));
            long unsealed = verifier.unsealed().rows();
            String page = admin.get("/admin/audit?lang=en").body();
            Matcher m = notice.matcher(page);
            assertThat(m.find()).as("unsealed notice on the page").isTrue();
            assertThat(Long.parseLong(m.group(1))).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(unsealed);
            assertThat(page).contains("not tamper-evident yet");
        }
        sealer.sealNow();
        String page = admin.get("/admin/audit?lang=en").body();
        assertThat(notice.matcher(page).find()).isFalse();
        assertThat(page).contains("Every record is chained.");
        // verifying seals first, so it covers everything committed
        assertThat(admin.postWithCsrf("/admin/audit/verify?lang=en", "/admin/audit", Map.of()).body())
                .contains("The audit chain is intact")
                .as("the public read log is verified too (decision 0260)").contains("The public read log is intact");
    }

    private void reinsert(Map<String, Object> row) {
        jdbc.sql("""
                insert into audit.audit_event (id, at, actor, actor_agency, action, subject_type, subject_id, detail,
                                               client_ip, chain_seq, hash_format, prev_hash, hash)
                values (:id, :at, :actor, :actor_agency, :action, :subject_type, :subject_id, :detail, :client_ip,
                        :chain_seq, :hash_format, :prev_hash, :hash)""").params(row).update();
    }

    private long count(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action).query(Long.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Holds the chain head lock in a transaction of its own, as a long-running sealer would, until closed. */
    class SealerPause implements AutoCloseable {

        private final CountDownLatch locked = new CountDownLatch(1);
        private final CountDownLatch release = new CountDownLatch(1);
        private final Future<?> holder;

        SealerPause() throws InterruptedException {
            holder = pool.submit(() -> tx.executeWithoutResult(s -> {
                jdbc.sql("select last_seq from audit.chain_head where id = 1 for update").query(Long.class).single();
                locked.countDown();
                AuditIntegrationTest.await(release);
            }));
            assertThat(locked.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("chain head locked").isTrue();
        }

        @Override
        public void close() throws Exception {
            release.countDown();
            holder.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** A cookie-keeping HTTP client against the running application. */
    class Browser {
        static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        void login(String username, String password) throws Exception {
            var response = postWithCsrf("/login", "/login", Map.of("username", username, "password", password));
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
        }

        HttpResponse<String> postWithCsrf(String path, String formPage, Map<String, String> form) throws Exception {
            Matcher m = CSRF.matcher(get(formPage).body());
            assertThat(m.find()).as("CSRF token on " + formPage).isTrue();
            StringBuilder body = new StringBuilder("_csrf=").append(URLEncoder.encode(m.group(1), StandardCharsets.UTF_8));
            form.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
