package org.onedoor.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Read events waiting to be written: public look-ups arrive by the thousand per second, and one durable commit
 * each would cost more than the look-up itself. They are written in batches (one multi-row insert, one commit)
 * every {@code onedoor.audit.flush-reads-every} (default 200 ms), on shutdown, and at once by the caller's thread
 * when the queue is full — a read event is delayed, never dropped while the process lives.
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

    DeferredReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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
                jdbc.batchUpdate("""
                        insert into audit.audit_event (id, at, actor, actor_agency, action, subject_type, subject_id,
                                                       detail, client_ip)
                        values (nextval('audit.audit_event_id_seq'), ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(),
                        (ps, r) -> {
                            ps.setTimestamp(1, Timestamp.from(r.at()));
                            ps.setString(2, r.actor() == null ? "system" : r.actor());
                            ps.setString(3, r.agency());
                            ps.setString(4, r.action());
                            ps.setString(5, r.subjectType());
                            ps.setString(6, r.subjectId());
                            ps.setString(7, r.detail());
                            ps.setString(8, r.ip());
                        });
            } catch (RuntimeException e) {
                log.error("Could not write {} audit read events; keeping them for the next flush", batch.size(), e);
                batch.forEach(queue::offer);
                return;
            }
            batch.clear();
        }
    }
}
