package org.onedoor.agency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H37", "000.00.12.H23", "000.13.01.H55", "123.45.67.G01"})
    void acceptsQcvn102Codes(String code) {
        assertThat(AgencyCode.isQcvn102(code)).isTrue();
        assertThat(AgencyCode.formatOf(code)).isEqualTo(AgencyCode.Format.QCVN_102_2016);
    }

    @ParameterizedTest
    @ValueSource(strings = {"00.00.00.H37", "000.0.00.H37", "000.00.00.h37", "000.00.00.H3", "000.00.00.37H",
            "000-00-00-H37", "000.00.00.H37 ", "000.00.00.H370", "H37.000.00.00"})
    void rejectsMalformedQcvn102Codes(String code) {
        assertThat(AgencyCode.isQcvn102(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"H55", "H55.242", "H37.13.01", "G01.A1.B2", "H23.12.ABC.9"})
    void acceptsDecision2020Codes(String code) {
        assertThat(AgencyCode.isDecision2020(code)).isTrue();
        assertThat(AgencyCode.formatOf(code)).isEqualTo(AgencyCode.Format.DECISION_20_2020);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h55.242", "55.242", "H5.242", "H55..242", "H55.242.", ".H55", "H55-242", "H55.24a", "H55 .242"})
    void rejectsMalformedDecision2020Codes(String code) {
        assertThat(AgencyCode.isDecision2020(code)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void limitsDecision2020CodesTo35Characters() {
        String max = "H55." + "1".repeat(31);
        assertThat(max).hasSize(35);
        assertThat(AgencyCode.isDecision2020(max)).isTrue();
        assertThat(AgencyCode.isDecision2020(max + "1")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsMissingCodes(String code) {
        assertThat(AgencyCode.formatOf(code)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"000.00.12.H23, H23", "H55.242, H55", "G01, G01"})
    void findsTheLevelOneCodeInEitherFormat(String code, String levelOne) {
        assertThat(AgencyCode.levelOne(code)).isEqualTo(levelOne);
    }
}
