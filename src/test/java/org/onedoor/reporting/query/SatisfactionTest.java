package org.onedoor.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The satisfaction score of decision 0427: satisfied 2, acceptable 1, not satisfied 0, as a share of the maximum. */
class SatisfactionTest {

    @ParameterizedTest(name = "{0} satisfied, {1} acceptable, {2} not satisfied → {3}")
    @CsvSource({"1, 0, 0, 100.00", "0, 1, 0, 50.00", "0, 0, 3, 0.00", "2, 1, 1, 62.50", "1, 1, 1, 50.00",
            "2, 0, 1, 66.67", "0, 0, 0, N/A"})
    void score(long satisfied, long acceptable, long notSatisfied, String expected) {
        ReportViews.Satisfaction s = new ReportViews.Satisfaction(satisfied, acceptable, notSatisfied);
        assertThat(s.scoreDisplay()).isEqualTo(expected);
        assertThat(s.total()).isEqualTo(satisfied + acceptable + notSatisfied);
    }
}
