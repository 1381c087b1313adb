package org.onedoor.border.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.iddocument.Mrz;

class MrzCorrectorTest {

    static final String TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void specimensAreValidAndLeftAlone() {
        for (String zone : new String[] {TD3, TD1}) {
            assertThat(Mrz.parse(zone, TODAY).valid()).isTrue();
            MrzCorrector.Result r = MrzCorrector.correct(zone);
            assertThat(r.text()).isEqualTo(zone);
            assertThat(r.corrections()).isEmpty();
        }
    }

    /** One OCR confusion at a time: line, column (1-based), the character OCR saw. */
    @ParameterizedTest
    @CsvSource({"2, 16, O", "2, 17, B", "2, 20, Z", "2, 26, I", "2, 27, S", "2, 10, G", "2, 44, O", "2, 43, I",
            "2, 6, O", "2, 2, B", "2, 4, B", "2, 13, 0", "1, 5, 0", "1, 11, 5"})
    void lookAlikesAreRepairedSoEveryCheckDigitPasses(int line, int column, char seen) {
        String broken = replace(TD3, line, column, seen);
        MrzCorrector.Result r = MrzCorrector.correct(broken);
        assertThat(r.text()).isEqualTo(TD3);
        assertThat(r.corrections()).singleElement().asString().startsWith("line " + line + " col " + column);
        assertThat(Mrz.parse(r.text(), TODAY).valid()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"1, 7, Z", "1, 14, O", "1, 11, S", "2, 3, O", "2, 30, G", "3, 6, 5"})
    void td1LookAlikesToo(int line, int column, char seen) {
        MrzCorrector.Result r = MrzCorrector.correct(replace(TD1, line, column, seen));
        assertThat(r.text()).isEqualTo(TD1);
        assertThat(Mrz.parse(r.text(), TODAY).valid()).isTrue();
    }

    @Test
    void aWrongDigitThatIsNoLookAlikeStaysWrongForTheGuardToSee() {
        String broken = replace(TD3, 2, 4, '7'); // 8 read as 7: no look-alike, the check digit keeps failing
        MrzCorrector.Result r = MrzCorrector.correct(broken);
        assertThat(r.text()).isEqualTo(broken);
        assertThat(Mrz.parse(r.text(), TODAY).valid()).isFalse();
    }

    @Test
    void anAmbiguousRepairIsNotGuessed() {
        // Z for 2 in the personal number: swapping it back or swapping the final B for 8 both satisfy the check
        // digit and the composite and both add a digit, so the zone is left for the guard with its failed check
        String broken = replace(TD3, 2, 34, 'Z');
        assertThat(MrzCorrector.correct(broken).text()).isEqualTo(broken);
    }

    @Test
    void zonesOfTheWrongShapeAreReturnedAsTheyAre() {
        assertThat(MrzCorrector.correct("P<UTO\nL898").text()).isEqualTo("P<UTO\nL898");
    }

    private static String replace(String zone, int line, int column, char c) {
        String[] lines = zone.split("\n");
        StringBuilder s = new StringBuilder(lines[line - 1]);
        s.setCharAt(column - 1, c);
        lines[line - 1] = s.toString();
        return String.join("\n", lines);
    }
}
