package org.onedoor.audit.internal;

import java.util.ArrayList;
import java.util.List;

import org.onedoor.audit.AuditSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed audit rows: in a short transaction of its own it locks the chain head ({@code FOR UPDATE}: only
 * sealers contend for it, never business transactions; safe with several application nodes), takes up to
 * {@code onedoor.audit.seal-batch} unsealed rows in id order, gives each the next {@code chain_seq} and
 * {@code hash = sha256(prev_hash || canonical row incl. chain_seq)}, and moves the head. A row committed late by a
 * long transaction (lower id than rows already sealed) is simply sealed by the next run, with a later chain_seq.
 */
@Service
class JdbcAuditSealer implements AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditSealer.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final AuditProperties properties;

    JdbcAuditSealer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
                    AuditProperties properties) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = new TransactionTemplate(transactions);
        // its own short transaction even when called inside another one; READ COMMITTED, so the rows read after
        // the head lock include everything a previous sealer committed
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.properties = properties;
    }

    @Override
    public long sealNow() {
        return sealAll(true);
    }

    /** The background run: when another node's sealer holds the head, it does this round's work; skip it. */
    @Scheduled(fixedDelayString = "${onedoor.audit.seal-every:500ms}",
            initialDelayString = "${onedoor.audit.seal-every:500ms}")
    void sealScheduled() {
        try {
            sealAll(false);
        } catch (RuntimeException e) {
            // the rows stay unsealed and are sealed by the next run; the verifier reports their number and age
            log.warn("Sealing the audit trail failed; will retry", e);
        }
    }

    private long sealAll(boolean wait) {
        long total = 0;
        while (true) {
            Integer sealed = tx.execute(status -> sealBatch(wait));
            if (sealed == null || sealed < 0) {
                return total; // head locked by another sealer and we do not wait
            }
            total += sealed;
            if (sealed < properties.sealBatch()) {
                return total;
            }
        }
    }

    /** @return rows sealed, or -1 when the head is locked and {@code wait} is false */
    private int sealBatch(boolean wait) {
        var head = jdbc.sql("select last_seq, last_hash from audit.chain_head where id = 1 for update"
                        + (wait ? "" : " skip locked"))
                .query((rs, n) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash"))).optional();
        if (head.isEmpty()) {
            return -1;
        }
        List<AuditChain.AuditRow> rows = jdbc.sql("""
                        select id, at, actor, actor_agency, action, subject_type, subject_id, detail, client_ip
                        from audit.audit_event where hash is null order by id limit :limit""")
                .param("limit", properties.sealBatch())
                .query((rs, n) -> JdbcAuditVerifier.row(rs)).list();
        if (rows.isEmpty()) {
            return 0;
        }
        long seq = head.get().lastSeq();
        String prev = head.get().lastHash();
        List<Object[]> links = new ArrayList<>(rows.size());
        for (AuditChain.AuditRow row : rows) {
            seq++;
            String hash = AuditChain.hash(prev, row, seq, AuditChain.FORMAT);
            links.add(new Object[] {seq, prev, hash, row.id()});
            prev = hash;
        }
        int[] updated = jdbcTemplate.batchUpdate("""
                update audit.audit_event set chain_seq = ?, prev_hash = ?, hash = ?, hash_format = 2
                where id = ? and hash is null""", links);
        for (int count : updated) {
            if (count == 0) { // cannot happen while we hold the head; never leave a gap in the chain
                throw new IllegalStateException("an audit row changed while being sealed; sealing rolled back");
            }
        }
        jdbc.sql("update audit.chain_head set last_seq = :seq, last_id = :id, last_hash = :hash where id = 1")
                .param("seq", seq).param("id", rows.get(rows.size() - 1).id()).param("hash", prev).update();
        return rows.size();
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
