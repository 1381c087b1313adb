package org.onedoor.border.goods;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.border.Direction;

class GoodsCodesTest {

    @ParameterizedTest
    @CsvSource({"81C-123.45,81C12345", "81c 123.45,81C12345", "81C1-234.56,81C123456", "81LD-012.34,81LD01234",
            "29A-1234,29A1234"})
    void vietnamesePlatesAreNormalised(String typed, String normalised) {
        assertThat(GoodsCodes.vietnamesePlate(typed)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10C-123.45", "8C-123.45", "81-123.45", "81C-12.3", "81ABC-123.45", "2A-1234"})
    void malformedVietnamesePlatesAreRejected(String typed) {
        assertThat(GoodsCodes.vietnamesePlate(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"RATANAKIRI 2A-1234,2A1234", "2A-1234,2A1234", "Phnom Penh 2AB-1234,2AB1234"})
    void cambodianPlatesAreNormalisedWithoutTheProvince(String typed, String normalised) {
        assertThat(GoodsCodes.cambodianPlate(typed)).contains(normalised);
    }

    @Test
    void thePlateCountryIsGuessedVietnameseFirstAndOtherCountriesAreRefused() {
        assertThat(GoodsCodes.plate(null, "81C-123.45")).contains(new GoodsCodes.Plate("VNM", "81C12345"));
        assertThat(GoodsCodes.plate(null, "2A-1234")).contains(new GoodsCodes.Plate("KHM", "2A1234"));
        assertThat(GoodsCodes.plate("KHM", "81C-123.45")).isEmpty();
        assertThat(GoodsCodes.plate("LAO", "2A-1234")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0801.31.00,08013100", "071410,071410", "3105,3105", "0714 10 11,07141011"})
    void hsCodesOfFourSixOrEightDigitsAreAccepted(String typed, String normalised) {
        assertThat(GoodsCodes.hsCode(typed)).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"080", "08013", "0801310", "080131000", "0001", "9801", "7701", "08O1"})
    void hsCodesOfOtherLengthsOrChaptersAreRejected(String typed) {
        assertThat(GoodsCodes.hsCode(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"5900123456,true", "5900123456-001,true", "064088001234,true", "590012345,false",
            "5900123456-01,false", "59001234AB,false"})
    void taxCodes(String typed, boolean valid) {
        assertThat(GoodsCodes.taxCode(typed).isPresent()).isEqualTo(valid);
    }

    @Test
    void customsDeclarationNumbersHaveTwelveDigitsAndTheDirectionsFirstDigit() {
        assertThat(GoodsCodes.customsDeclaration("305123456780", Direction.EXIT)).contains("305123456780");
        assertThat(GoodsCodes.customsDeclaration("105123456780", Direction.ENTRY)).contains("105123456780");
        assertThat(GoodsCodes.customsDeclaration("105123456780", Direction.EXIT)).isEmpty();
        assertThat(GoodsCodes.customsDeclaration("30512345678", Direction.EXIT)).isEmpty();
    }

    @Test
    void tonnageWithinFivePercentButNeverTighterThanTwoHundredKilograms() {
        TonnageTolerance t = TonnageTolerance.DEFAULT;
        assertThat(t.matches(new BigDecimal("30"), new BigDecimal("31.5"))).isTrue();
        assertThat(t.matches(new BigDecimal("30"), new BigDecimal("31.501"))).isFalse();
        assertThat(t.matches(new BigDecimal("30"), new BigDecimal("28.5"))).isTrue();
        assertThat(t.matches(new BigDecimal("2"), new BigDecimal("2.2"))).isTrue();
        assertThat(t.matches(new BigDecimal("2"), new BigDecimal("2.21"))).isFalse();
    }
}
