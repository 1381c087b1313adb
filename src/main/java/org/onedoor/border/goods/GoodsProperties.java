package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the goods lane ({@code onedoor.border.goods.*}).
 *
 * @param target                  the processing-time target per goods crossing, first scan to decision (statistics;
 *                                issue 5: 2 minutes)
 * @param tolerancePercent        default tonnage tolerance in percent of the declared tonnes (decision 0515), used
 *                                where the gate's supervisor set none (decision 0543)
 * @param toleranceMinimumTonnes  the tolerance is never tighter than this (weighbridge resolution)
 */
@ConfigurationProperties("onedoor.border.goods")
record GoodsProperties(
        @DefaultValue("2m") Duration target,
        @DefaultValue("5") BigDecimal tolerancePercent,
        @DefaultValue("0.2") BigDecimal toleranceMinimumTonnes) {

    TonnageTolerance defaultTolerance() {
        return new TonnageTolerance(tolerancePercent, toleranceMinimumTonnes);
    }
}
