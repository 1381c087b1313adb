package org.onedoor.iddocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The specimen zones of ICAO Doc 9303 (Parts 4–7 and the long-number examples of Part 11 Appendix D) and a
 * Vietnamese citizen ID card zone built on the card's layout, each read field by field.
 */
class MrzSpecimenTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static final String TD3 = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C36UTO7408122F1204159ZE184226B<<<<<10""";
    static final String TD1 = """
            I<UTOD231458907<<<<<<<<<<<<<<<
            7408122F1204159UTO<<<<<<<<<<<6
            ERIKSSON<<ANNA<MARIA<<<<<<<<<<""";
    static final String TD2 = """
            I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            D231458907UTO7408122F1204159<<<<<<<6""";
    static final String MRV_A = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L8988901C4XXX4009078F96121096ZE184226B<<<<<<""";
    static final String MRV_B = """
            V<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<
            L8988901C4XXX4009078F9612109<<<<<<<<""";
    /** Part 11 Appendix D: a 12-character document number continued in the optional data. */
    static final String TD1_LONG_NUMBER = """
            I<UTOD23145890<7349<<<<<<<<<<<
            3407127M9507122UTO<<<<<<<<<<<2
            STEVENSON<<PETER<JOHN<<<<<<<<<""";
    static final String TD2_LONG_NUMBER = """
            I<UTOSTEVENSON<<PETER<JOHN<<<<<<<<<<
            D23145890<UTO3407127M95071227349<<<8""";
    /** Part 11 Appendix D: the older passport specimen, with an 8-character number and a filler. */
    static final String TD3_SHORT_NUMBER = """
            P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
            L898902C<3UTO6908061F9406236ZE184226B<<<<<14""";
    /**
     * A Vietnamese citizen ID card (made-up holder): document number = last 9 digits of the personal number, the
     * 12-digit personal number and its check digit in the optional data.
     */
    static final String CCCD = """
            IDVNM2030123450079203012345<<0
            0309150M2809159VNM<<<<<<<<<<<4
            NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<""";

    @Test
    void passportTd3() {
        MrzDocument d = Mrz.read(TD3, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.TD3);
        assertThat(d.documentCode()).isEqualTo("P");
        assertThat(d.issuingState()).isEqualTo("UTO");
        assertThat(d.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(d.secondaryIdentifiers()).containsExactly("ANNA", "MARIA");
        assertThat(d.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(d.documentNumber()).isEqualTo("L898902C3");
        assertThat(d.nationality()).isEqualTo("UTO");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.sex()).isEqualTo(MrzDocument.Sex.FEMALE);
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(d.optionalData1()).isEqualTo("ZE184226B");
        assertThat(d.nameTruncated()).isFalse();
        assertThat(d.checks()).extracting(MrzDocument.CheckDigit::field).containsExactly(
                MrzDocument.DOCUMENT_NUMBER, MrzDocument.DATE_OF_BIRTH, MrzDocument.DATE_OF_EXPIRY,
                MrzDocument.OPTIONAL_DATA, MrzDocument.COMPOSITE);
        assertThat(d.checks()).allMatch(MrzDocument.CheckDigit::passed);
        assertThat(d.expiredOn(TODAY)).isTrue();
    }

    @Test
    void olderPassportSpecimenWithShortNumber() {
        MrzDocument d = Mrz.read(TD3_SHORT_NUMBER, TODAY);
        assertThat(d.documentNumber()).isEqualTo("L898902C");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1969, 8, 6));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2094, 6, 23)); // expiry always in the 2000s (§11)
    }

    @Test
    void idCardTd1() {
        MrzDocument d = Mrz.read(TD1, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.TD1);
        assertThat(d.documentCode()).isEqualTo("I");
        assertThat(d.documentNumber()).isEqualTo("D23145890");
        assertThat(d.primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThat(d.secondaryIdentifiers()).containsExactly("ANNA", "MARIA");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(d.nationality()).isEqualTo("UTO");
        assertThat(d.optionalData1()).isEmpty();
        assertThat(d.optionalData2()).isEmpty();
        assertThat(d.checks()).extracting(MrzDocument.CheckDigit::field).containsExactly(
                MrzDocument.DOCUMENT_NUMBER, MrzDocument.DATE_OF_BIRTH, MrzDocument.DATE_OF_EXPIRY,
                MrzDocument.COMPOSITE);
    }

    @Test
    void idCardTd1WithLongDocumentNumberInOptionalData() {
        MrzDocument d = Mrz.read(TD1_LONG_NUMBER, TODAY);
        assertThat(d.documentNumber()).isEqualTo("D23145890734");
        assertThat(d.check(MrzDocument.DOCUMENT_NUMBER)).get()
                .extracting(MrzDocument.CheckDigit::printed).isEqualTo('9');
        assertThat(d.optionalData1()).isEmpty();
        assertThat(d.primaryIdentifier()).isEqualTo("STEVENSON");
        assertThat(d.secondaryIdentifiers()).containsExactly("PETER", "JOHN");
        assertThat(d.sex()).isEqualTo(MrzDocument.Sex.MALE);
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1934, 7, 12));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2095, 7, 12));
    }

    @Test
    void td2() {
        MrzDocument d = Mrz.read(TD2, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.TD2);
        assertThat(d.documentCode()).isEqualTo("I");
        assertThat(d.documentNumber()).isEqualTo("D23145890");
        assertThat(d.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1974, 8, 12));
        assertThat(d.sex()).isEqualTo(MrzDocument.Sex.FEMALE);
        assertThat(d.check(MrzDocument.COMPOSITE)).get().extracting(MrzDocument.CheckDigit::passed).isEqualTo(true);
    }

    @Test
    void td2WithLongDocumentNumber() {
        MrzDocument d = Mrz.read(TD2_LONG_NUMBER, TODAY);
        assertThat(d.documentNumber()).isEqualTo("D23145890734");
        assertThat(d.optionalData1()).isEmpty();
        assertThat(d.fullName()).isEqualTo("PETER JOHN STEVENSON");
    }

    @Test
    void visaMrvA() {
        MrzDocument d = Mrz.read(MRV_A, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(d.documentCode()).isEqualTo("V");
        assertThat(d.documentNumber()).isEqualTo("L8988901C");
        assertThat(d.nationality()).isEqualTo("XXX");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(1940, 9, 7));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2096, 12, 10));
        assertThat(d.optionalData1()).isEqualTo("6ZE184226B");
        assertThat(d.check(MrzDocument.COMPOSITE)).isEmpty();
        assertThat(d.checks()).hasSize(3).allMatch(MrzDocument.CheckDigit::passed);
    }

    @Test
    void visaMrvB() {
        MrzDocument d = Mrz.read(MRV_B, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(d.documentNumber()).isEqualTo("L8988901C");
        assertThat(d.optionalData1()).isEmpty();
        assertThat(d.fullName()).isEqualTo("ANNA MARIA ERIKSSON");
        assertThat(d.checks()).hasSize(3).allMatch(MrzDocument.CheckDigit::passed);
    }

    @Test
    void vietnameseCitizenIdCard() {
        MrzDocument d = Mrz.read(CCCD, TODAY);
        assertThat(d.format()).isEqualTo(MrzFormat.TD1);
        assertThat(d.documentCode()).isEqualTo("ID");
        assertThat(d.issuingState()).isEqualTo("VNM");
        assertThat(d.documentNumber()).isEqualTo("203012345");
        assertThat(d.optionalData1()).isEqualTo("079203012345<<0");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(2003, 9, 15));
        assertThat(d.dateOfExpiry()).isEqualTo(LocalDate.of(2028, 9, 15));
        assertThat(d.fullName()).isEqualTo("VAN AN NGUYEN");
        assertThat(Mrz.citizenIdNumber(d)).contains("079203012345");
    }

    @Test
    void citizenIdNumberIsNotTrustedWhenItsCheckDigitFails() {
        MrzDocument d = Mrz.parse(CCCD.replace("<<0\n", "<<1\n"), TODAY);
        assertThat(Mrz.citizenIdNumber(d)).isEmpty();
        assertThat(d.problems()).extracting(v -> v.field()).containsExactly(MrzDocument.COMPOSITE);
    }

    @Test
    void namesWithSpacesInTheSurnameAndNoGivenName() {
        String zone = Mrz.format(new MrzDocument(MrzFormat.TD3, "P", "NLD", "SPECI2014", "DE BRUIJN", List.of(),
                false, "NLD", LocalDate.of(1965, 3, 10), MrzDocument.Sex.FEMALE, LocalDate.of(2024, 3, 9), "", "",
                List.of(), List.of()));
        assertThat(zone).startsWith("P<NLDDE<BRUIJN<<<<");
        MrzDocument d = Mrz.read(zone, TODAY);
        assertThat(d.primaryIdentifier()).isEqualTo("DE BRUIJN");
        assertThat(d.secondaryIdentifiers()).isEmpty();
        assertThat(d.fullName()).isEqualTo("DE BRUIJN");
    }

    @Test
    void aNameFillingTheWholeFieldMayBeTruncated() {
        String zone = Mrz.format(new MrzDocument(MrzFormat.TD1, "ID", "VNM", "203012345", "TON THAT",
                List.of("NGUYEN", "PHUONG", "HOANGANH"), false, "VNM", LocalDate.of(2003, 9, 15),
                MrzDocument.Sex.MALE, LocalDate.of(2028, 9, 15), "", "", List.of(), List.of()));
        assertThat(zone.lines().toList().get(2)).isEqualTo("TON<THAT<<NGUYEN<PHUONG<HOANGA");
        MrzDocument d = Mrz.read(zone, TODAY);
        assertThat(d.nameTruncated()).isTrue();
        assertThat(d.secondaryIdentifiers()).containsExactly("NGUYEN", "PHUONG", "HOANGA");
        assertThat(Mrz.read(CCCD, TODAY).nameTruncated()).isFalse();
    }

    @Test
    void checkDigitExamplesOfPart3() {
        assertThat(Mrz.checkDigit("520727")).isEqualTo('3');
        assertThat(Mrz.checkDigit("AB2134<<<")).isEqualTo('5');
        assertThat(Mrz.checkDigit("D23145890734")).isEqualTo('9');
    }
}
