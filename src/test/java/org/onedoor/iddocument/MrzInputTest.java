package org.onedoor.iddocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.common.FieldViolation;

/** What a reader or a person may type: normalised when it is a zone, a precise violation when it is not. */
class MrzInputTest {

    static final LocalDate TODAY = MrzSpecimenTest.TODAY;

    @Test
    void lowerCaseSpacesAndWindowsLineEndsAreNormalised() {
        String typed = "  p<uto eriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\r\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n\r\n";
        assertThat(Mrz.read(typed, TODAY).documentNumber()).isEqualTo("L898902C3");
        assertThat(Mrz.read(MrzSpecimenTest.TD1.replace("\n", "\r"), TODAY).documentNumber()).isEqualTo("D23145890");
    }

    @Test
    void aZoneSentAsOneLineIsCutAtItsLineLength() {
        for (String zone : List.of(MrzSpecimenTest.TD1, MrzSpecimenTest.TD2, MrzSpecimenTest.TD3,
                MrzSpecimenTest.MRV_B)) {
            MrzDocument oneLine = Mrz.read(zone.replace("\n", ""), TODAY);
            assertThat(oneLine).usingRecursiveComparison().isEqualTo(Mrz.read(zone, TODAY));
        }
    }

    @Test
    void emptyInputSaysSo() {
        assertViolation(() -> Mrz.parse("  \r\n", TODAY), "mrz", "iddocument.mrz.empty");
        assertViolation(() -> Mrz.parse(null, TODAY), "mrz", "iddocument.mrz.empty");
    }

    @Test
    void wrongLineLengthsAreReportedWithTheLengthsFound() {
        String shortLine = MrzSpecimenTest.TD3.substring(0, MrzSpecimenTest.TD3.length() - 1);
        FieldViolation v = assertViolation(() -> Mrz.parse(shortLine, TODAY), "mrz", "iddocument.mrz.shape");
        assertThat(v.args()).containsExactly(2, "44, 43");
        assertViolation(() -> Mrz.parse("hello world", TODAY), "mrz", "iddocument.mrz.shape");
        assertViolation(() -> Mrz.parse(MrzSpecimenTest.TD1 + "\n" + "<".repeat(30), TODAY), "mrz",
                "iddocument.mrz.shape");
    }

    @Test
    void aCharacterOutsideTheAlphabetIsLocatedByLineAndColumn() {
        String zone = MrzSpecimenTest.TD1.replace("ERIKSSON", "ERIKSSÖN");
        FieldViolation v = assertViolation(() -> Mrz.parse(zone, TODAY), "mrz.line3", "iddocument.mrz.character");
        assertThat(v.args()).containsExactly("Ö", 3, 7);
    }

    @Test
    void aDocumentCodeMustStartWithALetter() {
        String zone = "1" + MrzSpecimenTest.TD3.substring(1);
        assertViolation(() -> Mrz.parse(zone, TODAY), "mrz.documentCode", "iddocument.mrz.document-code");
    }

    @Test
    void anImpossibleDateIsNamedAndTheOtherFieldsAreStillRead() {
        // month 13 with check digits that match, so only the date itself is wrong
        String l2 = "L898902C36UTO741312" + Mrz.checkDigit("741312") + "F1204159ZE184226B<<<<<1";
        String data = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21);
        String zone = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + l2 + Mrz.checkDigit(data);

        MrzDocument d = Mrz.parse(zone, TODAY);

        assertThat(d.dateOfBirth()).isNull();
        assertThat(d.documentNumber()).isEqualTo("L898902C3");
        assertThat(d.problems()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(MrzDocument.DATE_OF_BIRTH);
            assertThat(v.messageKey()).isEqualTo("iddocument.mrz.date");
        });
    }

    @Test
    void anUnknownSexCharacterIsNamed() {
        String zone = MrzSpecimenTest.TD2.replace("7408122F", "7408122Z");
        MrzDocument d = Mrz.parse(zone, TODAY);
        assertThat(d.sex()).isNull();
        assertThat(d.problems()).extracting(FieldViolation::field).contains(MrzDocument.SEX);
    }

    @Test
    void fillerSexAndUnspecifiedSexAreRead() {
        assertThat(Mrz.parse(MrzSpecimenTest.TD3.replace("7408122F", "7408122X"), TODAY).sex())
                .isEqualTo(MrzDocument.Sex.UNSPECIFIED);
        assertThat(Mrz.parse(MrzSpecimenTest.TD3.replace("7408122F", "7408122<"), TODAY).sex())
                .isEqualTo(MrzDocument.Sex.NOT_STATED);
    }

    @Test
    void theCenturyOfBirthKeepsTheDateInThePast() {
        MrzDocument d = Mrz.read(MrzSpecimenTest.CCCD, LocalDate.of(2026, 11, 23));
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(2003, 9, 15));
        // read on the eve of that birthday in 2003 the date would be in the future: 1903
        assertThat(Mrz.read(MrzSpecimenTest.CCCD, LocalDate.of(2003, 9, 14)).dateOfBirth())
                .isEqualTo(LocalDate.of(1903, 9, 15));
        assertThat(Mrz.read(MrzSpecimenTest.CCCD, LocalDate.of(2003, 9, 15)).dateOfBirth())
                .isEqualTo(LocalDate.of(2003, 9, 15));
    }

    @Test
    void readThrowsWithEveryProblemWhileParseReturnsTheFields() {
        String zone = MrzSpecimenTest.TD3.replace("7408122F1204159", "7408121F1204158");
        assertThat(Mrz.parse(zone, TODAY).primaryIdentifier()).isEqualTo("ERIKSSON");
        assertThatThrownBy(() -> Mrz.read(zone, TODAY)).isInstanceOfSatisfying(DocumentReadException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("iddocument.unreadable");
            assertThat(e.violations()).extracting(FieldViolation::field)
                    .containsExactly(MrzDocument.DATE_OF_BIRTH, MrzDocument.DATE_OF_EXPIRY, MrzDocument.COMPOSITE);
        });
    }

    private static FieldViolation assertViolation(Runnable call, String field, String key) {
        try {
            call.run();
        } catch (DocumentReadException e) {
            assertThat(e.violations()).extracting(FieldViolation::field).contains(field);
            FieldViolation v = e.violations().stream().filter(x -> x.field().equals(field)).findFirst().orElseThrow();
            assertThat(v.messageKey()).isEqualTo(key);
            return v;
        }
        throw new AssertionError("expected DocumentReadException with " + key);
    }
}
