package org.onedoor.reporting.query;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A share shown as a percentage with two decimals, or "N/A" when there is nothing to divide by
 * (Decision 766: divide-by-zero shows N/A, figures carry two decimals).
 */
public record Ratio(long numerator, long denominator) {

    public static final String NOT_AVAILABLE = "N/A";

    /** The percentage rounded half-up to two decimals, or null when the denominator is zero. */
    @JsonProperty("percent")
    public BigDecimal percent() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
    }

    /** "70.00" or "N/A". */
    @JsonProperty("display")
    public String display() {
        return display(percent());
    }

    /** Two decimals, or "N/A" for a missing value. */
    public static String display(BigDecimal value) {
        return value == null ? NOT_AVAILABLE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
