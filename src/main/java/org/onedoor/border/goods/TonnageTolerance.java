package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Whether a weighed net weight matches the declared one (decision 0515): within {@code percent} of the declared
 * tonnage, but never tighter than {@code minimumTonnes} (a weighbridge reads to 10–20 kg and small loads would
 * otherwise fail on scale error alone).
 */
public record TonnageTolerance(BigDecimal percent, BigDecimal minimumTonnes) {

    /** 5 % with at least 0.2 t. */
    public static final TonnageTolerance DEFAULT = new TonnageTolerance(new BigDecimal("5"), new BigDecimal("0.2"));

    public BigDecimal allowed(BigDecimal declared) {
        BigDecimal byPercent = declared.abs().multiply(percent).divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
        return byPercent.max(minimumTonnes);
    }

    public boolean matches(BigDecimal declared, BigDecimal weighed) {
        return weighed.subtract(declared).abs().compareTo(allowed(declared)) <= 0;
    }
}
