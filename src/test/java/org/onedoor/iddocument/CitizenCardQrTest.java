package org.onedoor.iddocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.common.FieldViolation;

/** The chip ID card's QR text as the kiosk scanner types it, and the consistency checks of the card data. */
class CitizenCardQrTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** A made-up holder: Hà Nội (001), female born in the 1900s (digit 1), 1990. */
    static final String QR = "001190012345|012345678|Nguyễn Thị Minh Anh|15031990|Nữ|"
            + "Số 12 ngõ 34 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội|10082021";

    @Test
    void readsEverySevenFields() {
        CitizenCard card = CitizenCardQr.parse(QR);
        assertThat(card.idNumber()).isEqualTo("001190012345");
        assertThat(card.oldIdNumber()).isEqualTo("012345678");
        assertThat(card.fullName()).isEqualTo("Nguyễn Thị Minh Anh");
        assertThat(card.dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 15));
        assertThat(card.sex()).isEqualTo(CitizenCard.Sex.FEMALE);
        assertThat(card.address()).startsWith("Số 12 ngõ 34").endsWith("Hà Nội");
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2021, 8, 10));
        assertThat(CitizenCardQr.check(card, TODAY)).isEmpty();
    }

    @Test
    void anEmptyOldIdFieldMeansNone() {
        CitizenCard card = CitizenCardQr.parse("079203012345||Trần Văn Bình|01012003|Nam|TP Hồ Chí Minh|05052021");
        assertThat(card.oldIdNumber()).isNull();
        assertThat(card.sex()).isEqualTo(CitizenCard.Sex.MALE);
        assertThat(CitizenCardQr.check(card, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r", "  \t", "\r\n\r\n"})
    void theScannersTrailingLineEndsAndWhitespaceAreIgnored(String tail) {
        assertThat(CitizenCardQr.parse(QR + tail)).isEqualTo(CitizenCardQr.parse(QR));
        assertThat(CitizenCardQr.parse("\uFEFF " + QR + tail)).isEqualTo(CitizenCardQr.parse(QR));
    }

    @Test
    void strayWhitespaceAroundAndInsideFieldsIsCollapsed() {
        String typed = " 001190012345 | 012345678 |Nguyễn  Thị Minh\tAnh | 15031990 | Nữ |"
                + "Số 12 ngõ 34 phố Hàng Bạc, Phường Hàng Bạc, Quận Hoàn Kiếm, Hà Nội | 10082021 ";
        assertThat(CitizenCardQr.parse(typed)).isEqualTo(CitizenCardQr.parse(QR));
    }

    @Test
    void decomposedVietnameseIsNormalisedAndLostDiacriticsStillGiveTheSex() {
        String decomposed = Normalizer.normalize(QR, Normalizer.Form.NFD);
        assertThat(CitizenCardQr.parse(decomposed)).isEqualTo(CitizenCardQr.parse(QR));
        assertThat(CitizenCardQr.parse(QR.replace("|Nữ|", "|NU|")).sex()).isEqualTo(CitizenCard.Sex.FEMALE);
    }

    @Test
    void cardsOf2024WithExtraTrailingFieldsAndACancelledTwelveDigitNumberAreRead() {
        CitizenCard card = CitizenCardQr.parse(
                "001190012345|001190099999|Nguyễn Thị Minh Anh|15031990|Nữ|Hà Nội|01072024|extra|");
        assertThat(card.oldIdNumber()).isEqualTo("001190099999");
        assertThat(card.issueDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(CitizenCardQr.parse(QR + "|")).isEqualTo(CitizenCardQr.parse(QR));
    }

    @Test
    void tooFewFieldsSaysHowManyWereFound() {
        assertThatThrownBy(() -> CitizenCardQr.parse("001190012345|Nguyễn Thị Minh Anh|15031990"))
                .isInstanceOfSatisfying(DocumentReadException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.messageKey()).isEqualTo("iddocument.cccd.field-count");
                            assertThat(v.args()).containsExactly(3, 7);
                        }));
        assertThatThrownBy(() -> CitizenCardQr.parse(" \r\n")).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("iddocument.cccd.empty"));
    }

    @Test
    void everyMalformedFieldIsNamed() {
        String bad = "00119001234X|12345|  |31021990|Khác|Hà Nội|1008202";
        assertThatThrownBy(() -> CitizenCardQr.parse(bad)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::messageKey)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("cccd.idNumber", "iddocument.cccd.id-number"),
                                org.assertj.core.groups.Tuple.tuple("cccd.oldIdNumber", "iddocument.cccd.old-id"),
                                org.assertj.core.groups.Tuple.tuple("cccd.fullName", "iddocument.cccd.name"),
                                org.assertj.core.groups.Tuple.tuple("cccd.dateOfBirth", "iddocument.cccd.date"),
                                org.assertj.core.groups.Tuple.tuple("cccd.sex", "iddocument.cccd.sex"),
                                org.assertj.core.groups.Tuple.tuple("cccd.issueDate", "iddocument.cccd.date")));
    }

    @Test
    void theSexDigitOfTheNumberMustMatchTheSexOnTheCard() {
        CitizenCard card = CitizenCardQr.parse(QR.replace("|Nữ|", "|Nam|"));
        assertThat(CitizenCardQr.check(card, TODAY)).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cccd.sex", "iddocument.cccd.id-sex"));
    }

    @Test
    void theCenturyAndYearDigitsMustMatchTheDateOfBirth() {
        CitizenCard wrongYear = CitizenCardQr.parse(QR.replace("15031990", "15031991"));
        assertThat(keys(CitizenCardQr.check(wrongYear, TODAY))).containsExactly("iddocument.cccd.id-birth-year");
        // digit 3 = female born in the 2000s, but the card says 1990
        CitizenCard wrongCentury = CitizenCardQr.parse(QR.replace("001190012345", "001390012345"));
        assertThat(keys(CitizenCardQr.check(wrongCentury, TODAY))).containsExactly("iddocument.cccd.id-birth-year");
    }

    @Test
    void anUnknownProvinceCodeIsReported() {
        CitizenCard card = CitizenCardQr.parse(QR.replace("001190012345", "003190012345"));
        assertThat(keys(CitizenCardQr.check(card, TODAY))).containsExactly("iddocument.cccd.id-province");
    }

    @Test
    void datesMayNotBeInTheFutureNorTheCardIssuedBeforeBirth() {
        CitizenCard future = CitizenCardQr.parse(QR.replace("10082021", "10082027"));
        assertThat(CitizenCardQr.check(future, TODAY)).extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cccd.issueDate", "iddocument.cccd.future-date"));
        CitizenCard early = CitizenCardQr.parse(QR.replace("10082021", "10081989"));
        assertThat(keys(CitizenCardQr.check(early, TODAY))).containsExactly("iddocument.cccd.issued-before-birth");
    }

    private static List<String> keys(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::messageKey).toList();
    }
}
