package org.onedoor.audit.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail ({@code onedoor.audit.*}).
 *
 * @param sealEvery  how often the sealer chains the committed, unsealed audit rows (also the pause between runs);
 *                   rows are not tamper-evident until sealed, so keep it short
 * @param sealBatch  at most this many rows are sealed per transaction, so a backlog is sealed in several short
 *                   transactions instead of one long one
 */
@ConfigurationProperties("onedoor.audit")
record AuditProperties(
        @DefaultValue("500ms") Duration sealEvery,
        @DefaultValue("5000") int sealBatch) {
}
