package org.onedoor.border.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the border gate ({@code onedoor.border.*}).
 *
 * @param watchListRefresh how often the screening index reads watch-list rows changed by other instances (its own
 *                         changes apply at once); rows changed in the last {@code watchListOverlap} are read again so
 *                         a transaction that committed late is not missed
 * @param watchListOverlap see above
 */
@ConfigurationProperties("onedoor.border")
record BorderProperties(
        @DefaultValue("30s") Duration watchListRefresh,
        @DefaultValue("5m") Duration watchListOverlap) {
}
