package org.onedoor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

    @ParameterizedTest
    @CsvSource({
            "001090012345, 001, MALE,   1990",
            "079185000001, 079, FEMALE, 1985",
            "096200123456, 096, MALE,   2000",
            "038305999999, 038, FEMALE, 2005",
            "001099000000, 001, MALE,   1999",
    })
    void readsProvinceSexAndBirthYear(String number, String province, CitizenIdNumber.Sex sex, int year) {
        CitizenIdNumber id = CitizenIdNumber.parse(number);
        assertThat(id.provinceCode()).isEqualTo(province);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.birthYear()).isEqualTo(year);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00109001234", "0010900123456", "00109001234A", "001 090 012345x", "-01090012345",
            "000090012345", // 000 is no province code
            "003090012345", // nor 003 (Decision 124/2004 skips it)
            "097090012345", // codes end at 096
            "999090012345"})
    void rejectsMalformedNumbers(String number) {
        assertThat(CitizenIdNumber.valid(number)).isFalse();
    }

    @Test
    void rejectsABirthYearInTheFuture() {
        int nextYear = Year.now().getValue() + 1;
        String g = (nextYear / 100 == 20) ? "2" : "4";
        String number = "001" + g + String.format("%02d", nextYear % 100) + "000001";
        assertThat(CitizenIdNumber.valid(number)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"4, 2100", "6, 2200", "8, 2300"})
    void centuryDigitsBeyondTwoThousandAreFutureBirthsAndSoInvalidToday(String g, int century) {
        assertThat(CitizenIdNumber.valid("001" + g + "00000001")).isFalse();
    }

    @Test
    void toleratesSpacesBetweenTheGroups() {
        assertThat(CitizenIdNumber.parse("001 0 90 012345").value()).isEqualTo("001090012345");
    }

    @Test
    void parseRefusesAnInvalidNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> CitizenIdNumber.parse("12345"));
    }

    @Test
    void matchesTheHolderBornInTheEncodedYear() {
        CitizenIdNumber id = CitizenIdNumber.parse("001090012345");
        assertThat(id.matchesBirthDate(LocalDate.of(1990, 5, 12))).isTrue();
        assertThat(id.matches(LocalDate.of(1990, 5, 12), CitizenIdNumber.Sex.MALE)).isTrue();
    }

    @Test
    void doesNotMatchTheSameTwoDigitYearInAnotherCentury() {
        // G=0 means the 1900s: a holder born in 2090 or 1890 cannot own 001 0 90 …
        CitizenIdNumber id = CitizenIdNumber.parse("001090012345");
        assertThat(id.matchesBirthDate(LocalDate.of(1890, 5, 12))).isFalse();
        assertThat(id.matchesBirthDate(LocalDate.of(1991, 1, 1))).isFalse();
        assertThat(id.matchesBirthDate(null)).isFalse();
    }

    @Test
    void aWomanBornIn2003HasCenturyDigitThree() {
        CitizenIdNumber id = CitizenIdNumber.parse("026303000042");
        assertThat(id.matches(LocalDate.of(2003, 2, 1), CitizenIdNumber.Sex.FEMALE)).isTrue();
        assertThat(id.matches(LocalDate.of(2003, 2, 1), CitizenIdNumber.Sex.MALE)).isFalse();
    }

    @Test
    void masksThePersonalPartWhenPrinted() {
        assertThat(CitizenIdNumber.parse("001090012345").toString()).isEqualTo("001090******").doesNotContain("12345");
    }
}
