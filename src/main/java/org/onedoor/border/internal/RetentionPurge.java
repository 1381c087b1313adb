package org.onedoor.border.internal;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.VietnamTime;
import org.onedoor.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Retention of the crossing register (decision 0522): crossings (decided, or opened and never decided) older than
 * {@code onedoor.border.retention} are deleted with their image rows, then the image files no crossing refers to any
 * more; the purge is audited with the cut-off and the counts.
 */
@Component
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final JdbcClient jdbc;
    private final FileStore files;
    private final AuditTrail audit;
    private final BorderProperties properties;
    private final TransactionTemplate tx;

    RetentionPurge(JdbcClient jdbc, FileStore files, AuditTrail audit, BorderProperties properties,
                   TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.files = files;
        this.audit = audit;
        this.properties = properties;
        this.tx = tx;
    }

    @Scheduled(initialDelayString = "${onedoor.border.retention-purge-every:1d}",
            fixedDelayString = "${onedoor.border.retention-purge-every:1d}")
    void scheduled() {
        purge(ZonedDateTime.now(VietnamTime.ZONE).minus(properties.retention()).toInstant());
    }

    /** @return crossings deleted */
    int purge(Instant cutoff) {
        record Result(int crossings, List<String> shas) {
        }
        Result result = tx.execute(status -> {
            List<String> shas = jdbc.sql("""
                            select distinct i.sha256 from border.crossing_image i join border.crossing c on c.id = i.crossing_id
                            where coalesce(c.decided_at, c.first_scan_at) < :cutoff""")
                    .param("cutoff", Timestamp.from(cutoff)).query(String.class).list();
            int deleted = jdbc.sql("delete from border.crossing where coalesce(decided_at, first_scan_at) < :cutoff")
                    .param("cutoff", Timestamp.from(cutoff)).update();
            audit.record("border.retention.purge", "crossing-register", "all",
                    "cutoff=" + cutoff + " crossings=" + deleted + " images=" + shas.size());
            return new Result(deleted, shas);
        });
        int files = 0;
        for (String sha : result.shas()) {
            boolean stillUsed = jdbc.sql("select count(*) from border.crossing_image where sha256 = :sha")
                    .param("sha", sha).query(Long.class).single() > 0;
            try {
                if (!stillUsed && this.files.delete(sha)) {
                    files++;
                }
            } catch (IOException e) {
                log.warn("border retention: could not delete image file {}: {}", sha, e.toString());
            }
        }
        if (result.crossings() > 0) {
            log.info("border retention: deleted {} crossings and {} image files older than {}", result.crossings(),
                    files, cutoff);
        }
        return result.crossings();
    }
}
