package org.onedoor.border.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the border gate ({@code onedoor.border.*}).
 *
 * @param watchListRefresh how often the screening index reads watch-list rows changed by other instances (its own
 *                         changes apply at once); rows changed in the last {@code watchListOverlap} are read again so
 *                         a transaction that committed late is not missed
 * @param watchListOverlap see above
 * @param retention        how long crossing records and their images are kept (default 5 years, decision 0522);
 *                         a purge every {@code retentionPurgeEvery} deletes older ones and audits what it deleted
 * @param retentionPurgeEvery see above
 * @param passengerTarget  the processing-time target per passenger, first scan to decision (statistics)
 * @param exchange         the exchange with the national border-gate system
 * @param photoMaxSize     the largest photo a guard may attach to a crossing at the clearance screen (JPEG or PNG;
 *                         decision 0542)
 */
@ConfigurationProperties("onedoor.border")
record BorderProperties(
        @DefaultValue("30s") Duration watchListRefresh,
        @DefaultValue("5m") Duration watchListOverlap,
        @DefaultValue("5y") Period retention,
        @DefaultValue("1d") Duration retentionPurgeEvery,
        @DefaultValue("1m") Duration passengerTarget,
        @DefaultValue Exchange exchange,
        @DefaultValue("5MB") DataSize photoMaxSize) {

    /**
     * The exchange with the national border-gate system (decisions 0523, 0524).
     *
     * @param channel        {@code file} (default: JSON lines into {@code directory}/outbox) or {@code http}
     * @param directory      where the file channel writes ({@code outbox/}) and reads dropped watch-list updates
     *                       ({@code inbox/}); default {@code <data-dir>/border-exchange}
     * @param url            the national system's endpoint for the {@code http} channel
     * @param secret         sent as a bearer token by the {@code http} channel
     * @param inboundSecret  the national system sends it in {@code X-Exchange-Secret} with watch-list updates; the
     *                       endpoint is closed while it is blank
     * @param resubmitAfter  a delivery that failed (channel down) is retried when it is this old, every
     *                       {@code resubmitEvery}; nothing is lost meanwhile (event publication registry)
     * @param resubmitEvery  see above
     * @param inboxEvery     how often {@code directory}/inbox is read for dropped watch-list files (decision 0544)
     */
    record Exchange(@DefaultValue("file") String channel, Path directory, URI url, String secret,
                    String inboundSecret, @DefaultValue("1m") Duration resubmitAfter,
                    @DefaultValue("1m") Duration resubmitEvery, @DefaultValue("10s") Duration timeout,
                    @DefaultValue("1m") Duration inboxEvery) {
    }
}
