package org.onedoor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuditIntegrationTest {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void appendedEventsFormAValidChain() {
        trail.record("test.append", "dossier", "000.00.20.H37-260105-0001", "first");
        trail.record("test.append", "dossier", "000.00.20.H37-260105-0001", "second");

        List<String[]> rows = jdbc.sql("select prev_hash, hash from audit.audit_event where action = 'test.append' order by id")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(verifier.verify().valid()).isTrue();
        assertThat(jdbc.sql("select actor from audit.audit_event where action = 'test.append' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("system");
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
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void detectsARowEditedWithSql() {
        trail.record("test.tamper", "dossier", "D-1", "original detail");
        long id = jdbc.sql("select max(id) from audit.audit_event where action = 'test.tamper'").query(Long.class).single();
        trail.record("test.tamper", "dossier", "D-2", "a later event");
        try {
            jdbc.sql("update audit.audit_event set detail = 'rewritten' where id = :id").param("id", id).update();

            AuditVerifier.ChainVerification result = verifier.verify();

            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(id);
            assertThat(result.reason()).isEqualTo("hash");
        } finally {
            jdbc.sql("update audit.audit_event set detail = 'original detail' where id = :id").param("id", id).update();
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void detectsADeletedNewestRow() {
        trail.record("test.delete", "dossier", "D-3", "to be deleted");
        var row = jdbc.sql("select * from audit.audit_event where id = (select max(id) from audit.audit_event)")
                .query().singleRow();
        try {
            jdbc.sql("delete from audit.audit_event where id = :id").param("id", row.get("id")).update();
            assertThat(verifier.verify()).extracting(AuditVerifier.ChainVerification::valid, AuditVerifier.ChainVerification::reason)
                    .containsExactly(false, "head");
        } finally {
            jdbc.sql("""
                    insert into audit.audit_event (id, at, actor, actor_agency, action, subject_type, subject_id, detail,
                                                   client_ip, prev_hash, hash)
                    values (:id, :at, :actor, :actor_agency, :action, :subject_type, :subject_id, :detail, :client_ip,
                            :prev_hash, :hash)""").params(row).update();
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void concurrentAppendsKeepTheChainLinear() throws Exception {
        long before = count("test.concurrent");
        ExecutorService pool = Executors.newFixedThreadPool(8);
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
            f.get();
        }
        pool.shutdown();

        assertThat(count("test.concurrent")).isEqualTo(before + 200);
        assertThat(verifier.verify().valid()).isTrue();
        assertThat(jdbc.sql("select count(*) from (select prev_hash from audit.audit_event group by prev_hash having count(*) > 1) forks")
                .query(Long.class).single()).isZero();
    }

    private long count(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action).query(Long.class).single();
    }
}
