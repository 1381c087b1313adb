package org.onedoor.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RatioTest {

    @ParameterizedTest(name = "{0} ÷ {1} → {2}")
    @CsvSource({"7, 10, 70.00", "2, 3, 66.67", "1, 3, 33.33", "1, 8, 12.50", "10, 10, 100.00", "0, 4, 0.00", "5, 7, 71.43",
            "1, 200, 0.50", "1, 400, 0.25", "1, 800, 0.13"})
    void showsAPercentageWithTwoDecimalsRoundedHalfUp(long numerator, long denominator, String expected) {
        Ratio ratio = new Ratio(numerator, denominator);
        assertThat(ratio.percent()).isEqualByComparingTo(expected);
        assertThat(ratio.display()).isEqualTo(expected);
    }

    @Test
    void showsNotAvailableWhenThereIsNothingToDivideBy() {
        Ratio ratio = new Ratio(0, 0);
        assertThat(ratio.percent()).isNull();
        assertThat(ratio.display()).isEqualTo("N/A");
    }

    @Test
    void displaysAnyFigureWithTwoDecimalsOrNotAvailable() {
        assertThat(Ratio.display(new BigDecimal("5.8375"))).isEqualTo("5.84");
        assertThat(Ratio.display(new BigDecimal("3"))).isEqualTo("3.00");
        assertThat(Ratio.display(null)).isEqualTo("N/A");
    }
}
