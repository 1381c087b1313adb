package org.onedoor.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code onedoor.audit.*}).
 *
 * @param sealEvery         how often the sealer chains the committed, unsealed audit rows (also the pause between
 *                          runs); rows are not tamper-evident until sealed, so keep it short
 * @param sealBatch         at most this many rows are sealed per transaction, so a backlog is sealed in several
 *                          short transactions instead of one long one
 * @param readLogFlushEvery how often the read log's writer writes the queued public reads as one sealed block
 *                          (decision 0260). This is also the bound on what a crash of the process can lose: the
 *                          reads of the last interval plus the one block being written (a graceful shutdown
 *                          writes everything)
 * @param readLogBlock      at most this many reads per block (one transaction, one COPY); a backlog is written in
 *                          several blocks
 * @param readLogCapacity   reads the in-memory queue holds (at 10,000 reads/s, 100,000 = ten seconds of a stalled
 *                          database); when it is full the reading request waits for room (back-pressure), a read
 *                          is never dropped
 */
@ConfigurationProperties("onedoor.audit")
record AuditProperties(
        @DefaultValue("500ms") Duration sealEvery,
        @DefaultValue("5000") int sealBatch,
        @DefaultValue("100ms") Duration readLogFlushEvery,
        @DefaultValue("5000") int readLogBlock,
        @DefaultValue("100000") int readLogCapacity) {
}
