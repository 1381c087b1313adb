package org.onedoor.queue.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service-centre floor ({@code onedoor.queue.*}).
 *
 * @param enforceOpeningHours refuse tickets outside the working calendar's hours and on non-working days (default
 *                            true; the test profile switches it off so that tests run at any hour)
 * @param targetWait          service-level target for waiting of a centre without its own (default 15 minutes;
 *                            decision 0404)
 * @param defaultServiceTime  service time assumed by the estimated wait while a line has no finished visit today
 *                            (default 5 minutes)
 * @param openCounterWindow   a counter that called within this window counts as open for the estimated wait
 *                            (default 30 minutes)
 */
@ConfigurationProperties("onedoor.queue")
record FloorProperties(@DefaultValue("true") boolean enforceOpeningHours,
                       @DefaultValue("15m") Duration targetWait,
                       @DefaultValue("5m") Duration defaultServiceTime,
                       @DefaultValue("30m") Duration openCounterWindow) {
}
