package org.onedoor.iddocument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.common.FieldViolation;

/**
 * Each check digit wrong in turn, on the ICAO specimens and on generated documents of every format: the fields are
 * still returned and exactly the field whose check digit is wrong is named.
 */
class MrzCheckDigitTest {

    static final LocalDate TODAY = MrzSpecimenTest.TODAY;

    /** Where each check digit sits (line, column from 0) in each format, per ICAO Doc 9303 Parts 4–7. */
    static final Map<MrzFormat, Map<String, int[]>> POSITIONS = Map.of(
            MrzFormat.TD1, Map.of(MrzDocument.DOCUMENT_NUMBER, new int[] {0, 14},
                    MrzDocument.DATE_OF_BIRTH, new int[] {1, 6}, MrzDocument.DATE_OF_EXPIRY, new int[] {1, 14},
                    MrzDocument.COMPOSITE, new int[] {1, 29}),
            MrzFormat.TD2, Map.of(MrzDocument.DOCUMENT_NUMBER, new int[] {1, 9},
                    MrzDocument.DATE_OF_BIRTH, new int[] {1, 19}, MrzDocument.DATE_OF_EXPIRY, new int[] {1, 27},
                    MrzDocument.COMPOSITE, new int[] {1, 35}),
            MrzFormat.TD3, Map.of(MrzDocument.DOCUMENT_NUMBER, new int[] {1, 9},
                    MrzDocument.DATE_OF_BIRTH, new int[] {1, 19}, MrzDocument.DATE_OF_EXPIRY, new int[] {1, 27},
                    MrzDocument.OPTIONAL_DATA, new int[] {1, 42}, MrzDocument.COMPOSITE, new int[] {1, 43}),
            MrzFormat.MRV_A, Map.of(MrzDocument.DOCUMENT_NUMBER, new int[] {1, 9},
                    MrzDocument.DATE_OF_BIRTH, new int[] {1, 19}, MrzDocument.DATE_OF_EXPIRY, new int[] {1, 27}),
            MrzFormat.MRV_B, Map.of(MrzDocument.DOCUMENT_NUMBER, new int[] {1, 9},
                    MrzDocument.DATE_OF_BIRTH, new int[] {1, 19}, MrzDocument.DATE_OF_EXPIRY, new int[] {1, 27}));

    static Stream<Arguments> specimenCheckDigits() {
        List<Arguments> cases = new ArrayList<>();
        for (String zone : List.of(MrzSpecimenTest.TD1, MrzSpecimenTest.TD2, MrzSpecimenTest.TD3,
                MrzSpecimenTest.MRV_A, MrzSpecimenTest.MRV_B, MrzSpecimenTest.CCCD)) {
            MrzFormat format = Mrz.parse(zone, TODAY).format();
            POSITIONS.get(format).keySet().forEach(field -> cases.add(Arguments.of(format, field, zone)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("specimenCheckDigits")
    void aWrongCheckDigitOnASpecimenNamesExactlyItsField(MrzFormat format, String field, String zone) {
        assertOnlyFieldFails(zone, format, field);
    }

    static IntStream seeds() {
        return IntStream.range(0, 100);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aWrongCheckDigitOnAGeneratedDocumentNamesExactlyItsField(int seed) {
        MrzFormat format = MrzFormat.values()[seed % 5];
        MrzDocument document = new RandomDocuments(1000 + seed, TODAY).next(format);
        String zone = Mrz.format(document);
        if (document.documentNumber().length() > 9) {
            // the long number's check digit sits after its continuation in the optional data
            assertOnlyFieldFailsAt(zone, format, MrzDocument.DOCUMENT_NUMBER,
                    new int[] {format == MrzFormat.TD1 ? 0 : 1,
                            (format == MrzFormat.TD1 ? 15 : 28) + document.documentNumber().length() - 9});
            POSITIONS.get(format).keySet().stream().filter(f -> !f.equals(MrzDocument.DOCUMENT_NUMBER))
                    .forEach(f -> assertOnlyFieldFails(zone, format, f));
        } else {
            POSITIONS.get(format).keySet().forEach(f -> assertOnlyFieldFails(zone, format, f));
        }
    }

    static Stream<String> specimens() {
        return Stream.of(MrzSpecimenTest.TD1, MrzSpecimenTest.TD2, MrzSpecimenTest.TD3, MrzSpecimenTest.MRV_A,
                MrzSpecimenTest.MRV_B, MrzSpecimenTest.CCCD);
    }

    @ParameterizedTest
    @MethodSource("specimens")
    void aMisreadCharacterInTheDataFailsItsFieldAndTheComposite(String zone) {
        MrzFormat format = Mrz.parse(zone, TODAY).format();
        // an OCR misreading of the birth year breaks the date's own check digit and the composite, never others
        int[] at = POSITIONS.get(format).get(MrzDocument.DATE_OF_BIRTH);
        String corrupted = replace(zone, at[0], at[1] - 6, (char) ('0' + (zone.lines().toList().get(at[0])
                .charAt(at[1] - 6) - '0' + 5) % 10));
        MrzDocument d = Mrz.parse(corrupted, TODAY);
        List<String> expected = format.hasCompositeCheckDigit()
                ? List.of(MrzDocument.DATE_OF_BIRTH, MrzDocument.COMPOSITE) : List.of(MrzDocument.DATE_OF_BIRTH);
        assertThat(d.problems()).extracting(FieldViolation::field).containsExactlyElementsOf(expected);
        assertThat(d.documentNumber()).isEqualTo(Mrz.parse(zone, TODAY).documentNumber());
    }

    private static void assertOnlyFieldFails(String zone, MrzFormat format, String field) {
        assertOnlyFieldFailsAt(zone, format, field, POSITIONS.get(format).get(field));
    }

    private static void assertOnlyFieldFailsAt(String zone, MrzFormat format, String field, int[] at) {
        char printed = zone.lines().toList().get(at[0]).charAt(at[1]);
        char wrong = printed == '<' ? '1' : (char) ('0' + (printed - '0' + 1) % 10);
        String misprinted = replace(zone, at[0], at[1], wrong);
        String corrupted = format.hasCompositeCheckDigit() && !field.equals(MrzDocument.COMPOSITE)
                ? withCorrectComposite(misprinted, format) : misprinted;
        MrzDocument original = Mrz.parse(zone, TODAY);
        MrzDocument d = Mrz.parse(corrupted, TODAY);

        assertThat(d.problems()).as("%s\n%s", field, corrupted).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo("iddocument.mrz.check-digit");
        });
        assertThat(d.check(field)).get().satisfies(c -> {
            assertThat(c.passed()).isFalse();
            assertThat(c.printed()).isEqualTo(wrong);
        });
        assertThat(d).usingRecursiveComparison().ignoringFields("checks", "problems").isEqualTo(original);
        assertThatThrownBy(() -> Mrz.read(corrupted, TODAY)).isInstanceOfSatisfying(DocumentReadException.class,
                e -> assertThat(e.violations()).extracting(FieldViolation::field).containsExactly(field));
    }

    /** Recomputes the composite check digit so that only the corrupted field's own check fails. */
    private static String withCorrectComposite(String zone, MrzFormat format) {
        List<String> lines = zone.lines().toList();
        String l2 = lines.get(1);
        String data = format == MrzFormat.TD1
                ? lines.get(0).substring(5) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29)
                : l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, l2.length() - 1);
        return replace(zone, 1, l2.length() - 1, Mrz.checkDigit(data));
    }

    private static String replace(String zone, int line, int column, char c) {
        List<String> lines = new ArrayList<>(zone.lines().toList());
        StringBuilder sb = new StringBuilder(lines.get(line));
        sb.setCharAt(column, c);
        lines.set(line, sb.toString());
        return String.join("\n", lines);
    }
}
