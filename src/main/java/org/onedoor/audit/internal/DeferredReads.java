package org.onedoor.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Read events waiting to be written: public look-ups arrive by the thousand per second, and one durable commit
 * each would cost more than the look-up itself. They are written in batches (one multi-row insert, one commit)
 * every {@code onedoor.audit.flush-reads-every} (default 200 ms), on shutdown, and at once by the caller's thread
 * when the queue is full — a read event is delayed, never dropped while the process lives.
 * <p>
 * A batch is written already sealed (decision 0241): the flush locks the chain head like the sealer does, gives
 * each read the next chain position and its hash, and moves the head, all in its one transaction. The sealer then
 * has nothing to do for reads, so a read costs one index-maintaining insert instead of an insert plus an update of
 * every index.
 */
@Component
class DeferredReads {

    private static final Logger log = LoggerFactory.getLogger(DeferredReads.class);
    static final int CAPACITY = 50_000;
    static final int BATCH = 2_000;

    record Read(Instant at, String actor, String agency, String action, String subjectType, String subjectId,
                String detail, String ip) {
    }

    private final BlockingQueue<Read> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    DeferredReads(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    void add(Read read) {
        while (!queue.offer(read)) {
            flush();
        }
    }

    int pending() {
        return queue.size();
    }

    @Scheduled(fixedDelayString = "${onedoor.audit.flush-reads-every:200ms}")
    @PreDestroy
    synchronized void flush() {
        List<Read> batch = new ArrayList<>(BATCH);
        while (queue.drainTo(batch, BATCH) > 0) {
            try {
                tx.executeWithoutResult(status -> writeSealed(batch));
            } catch (RuntimeException e) {
                log.error("Could not write {} audit read events; keeping them for the next flush", batch.size(), e);
                batch.forEach(queue::offer);
                return;
            }
            batch.clear();
        }
    }

    /** Inserts the batch as the next links of the chain; the head lock serialises this with the sealer. */
    private void writeSealed(List<Read> batch) {
        Map<String, Object> head = jdbc.queryForMap(
                "select last_seq, last_hash from audit.chain_head where id = 1 for update");
        long seq = ((Number) head.get("last_seq")).longValue();
        String prev = (String) head.get("last_hash");
        List<Long> ids = jdbc.queryForList(
                "select nextval('audit.audit_event_id_seq') from generate_series(1, ?)", Long.class, batch.size());
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Read r = batch.get(i);
            AuditChain.AuditRow row = new AuditChain.AuditRow(ids.get(i), r.at(),
                    r.actor() == null ? "system" : r.actor(), r.agency(), r.action(), r.subjectType(), r.subjectId(),
                    r.detail(), r.ip());
            seq++;
            String hash = AuditChain.hash(prev, row, seq, AuditChain.FORMAT);
            rows.add(new Object[] {row.id(), Timestamp.from(row.at()), row.actor(), row.actorAgency(), row.action(),
                    row.subjectType(), row.subjectId(), row.detail(), row.clientIp(), seq, prev, hash});
            prev = hash;
        }
        jdbc.batchUpdate("""
                insert into audit.audit_event (id, at, actor, actor_agency, action, subject_type, subject_id,
                                               detail, client_ip, chain_seq, prev_hash, hash, hash_format)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)""", rows);
        jdbc.update("update audit.chain_head set last_seq = ?, last_id = ?, last_hash = ? where id = 1",
                seq, ids.get(ids.size() - 1), prev);
    }
}
