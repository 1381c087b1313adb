package org.onedoor.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onedoor.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads recorded with {@link AuditTrail#recordRead} by a signed-in user (an officer, a citizen with an account) are
 * written to the main trail in a batch, outside the caller's transaction. (Reads by the anonymous public go to the
 * read log instead, decision 0260: ReadLogIntegrationTest; these tests therefore run as an officer.)
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "onedoor.audit.flush-reads-every=1h")   // flushed by hand below
class DeferredReadsIntegrationTest {

    @Autowired AuditTrail trail;
    @Autowired DeferredReads deferred;
    @Autowired ReadLogWriter readLog;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired org.onedoor.audit.AuditSealer sealer;
    @Autowired org.onedoor.audit.AuditVerifier verifier;

    @org.junit.jupiter.api.BeforeEach
    void signInAsAnOfficer() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken("officer.test", null,
                        "ROLE_OFFICER"));
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void anAnonymousReadGoesToTheReadLogNotTheMainTrail() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        String code = "PUBLIC-" + UUID.randomUUID();
        trail.recordRead("dossier.track", "dossier", code, "public tracking");
        readLog.flush();
        deferred.flush();
        assertThat(rows(code)).isZero();
        assertThat(jdbc.sql("select actor from audit.read_log where subject_id = :c").param("c", code)
                .query(String.class).single())
                .as("the test binds a mock web request without authentication: a member of the public")
                .isEqualTo("anonymous");
    }

    @Test
    void aReadIsWrittenAtTheNextFlushWithItsActorAndSurvivesTheCallersRollback() {
        String code = "READ-" + UUID.randomUUID();
        tx.executeWithoutResult(status -> {
            trail.recordRead("dossier.track", "dossier", code, "public tracking");
            status.setRollbackOnly();
        });
        assertThat(rows(code)).as("queued, not yet written").isZero();

        deferred.flush();

        assertThat(rows(code)).isEqualTo(1);
        assertThat(jdbc.sql("select actor from audit.audit_event where subject_id = :c").param("c", code)
                .query(String.class).single())
                .isEqualTo("officer.test");
        assertThat(deferred.pending()).isZero();
    }

    @Test
    void aFullQueueIsFlushedByTheCallerInsteadOfDroppingReads() {
        String code = "BURST-" + UUID.randomUUID();
        for (int i = 0; i < DeferredReads.CAPACITY + 10; i++) {
            trail.recordRead("dossier.track", "dossier", code, null);
        }
        deferred.flush();
        assertThat(rows(code)).isEqualTo(DeferredReads.CAPACITY + 10);
    }

    @Test
    void readsAreWrittenAlreadySealedAndInterleaveWithChangesInOneValidChain() {
        String code = "SEALED-" + UUID.randomUUID();
        trail.record("dossier.change", "dossier", code, "a change: unsealed until the sealer runs");
        trail.recordRead("dossier.track", "dossier", code, "first read");
        trail.recordRead("dossier.track", "dossier", code, "second read");
        deferred.flush();

        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_event
                        where subject_id = :c and action = 'dossier.track' and hash is not null and chain_seq is not null""")
                .param("c", code).query(Long.class).single())
                .as("the flush seals the reads it writes").isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from audit.audit_event where subject_id = :c and hash is null""")
                .param("c", code).query(Long.class).single())
                .as("the change waits for the sealer").isEqualTo(1);

        sealer.sealNow();
        var chain = verifier.verify();
        assertThat(chain.valid()).as(String.valueOf(chain.reason())).isTrue();
        assertThat(jdbc.sql("""
                        select array_agg(detail order by chain_seq) from audit.audit_event where subject_id = :c""")
                .param("c", code).query(String.class).single())
                .as("the reads took the chain positions before the change, which was sealed after them")
                .isEqualTo("{\"first read\",\"second read\",\"a change: unsealed until the sealer runs\"}");

        jdbc.sql("update audit.audit_event set detail = 'edited' where subject_id = :c and detail = 'second read'")
                .param("c", code).update();
        assertThat(verifier.verify().valid()).as("editing a read sealed on write breaks the chain").isFalse();
        jdbc.sql("update audit.audit_event set detail = 'second read' where subject_id = :c and detail = 'edited'")
                .param("c", code).update();
        assertThat(verifier.verify().valid()).isTrue();
    }

    private long rows(String code) {
        return jdbc.sql("select count(*) from audit.audit_event where subject_id = :c").param("c", code)
                .query(Long.class).single();
    }
}
