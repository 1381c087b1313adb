package org.onedoor.iddocument;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever a reader or a person sends, the parsers answer with fields or a {@link DocumentReadException} that
 * names what is wrong, never another exception: valid inputs mutated at random (characters replaced, inserted,
 * deleted, lines dropped, non-ASCII and control characters), from seeded generators.
 */
class GarbageInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final String JUNK = "<<<<ABZ09|/ \n\r\t\u0002\u00A0\uFEFFÖđữ«€xyz-.,:";

    static IntStream seeds() {
        return IntStream.range(0, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedZonesAreReadOrRejectedWithAViolation(int seed) {
        Random random = new Random(seed);
        List<String> zones = List.of(MrzSpecimenTest.TD1, MrzSpecimenTest.TD2, MrzSpecimenTest.TD3,
                MrzSpecimenTest.MRV_A, MrzSpecimenTest.MRV_B, MrzSpecimenTest.CCCD, MrzSpecimenTest.TD1_LONG_NUMBER,
                MrzSpecimenTest.TD2_LONG_NUMBER);
        String text = mutate(zones.get(random.nextInt(zones.size())), random);
        try {
            MrzDocument d = Mrz.parse(text, TODAY);
            assertThat(d.format()).isNotNull();
            assertThat(d.checks()).isNotEmpty();
        } catch (DocumentReadException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
                assertThat(v.field()).startsWith("mrz");
                assertThat(v.messageKey()).startsWith("iddocument.mrz.");
            });
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mutatedQrTextsAreReadOrRejectedWithAViolation(int seed) {
        Random random = new Random(seed);
        String text = mutate(CitizenCardQrTest.QR, random);
        try {
            CitizenCard card = CitizenCardQr.parse(text);
            assertThat(CitizenCardQr.check(card, TODAY)).allSatisfy(v -> assertThat(v.messageKey())
                    .startsWith("iddocument.cccd."));
        } catch (DocumentReadException e) {
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> assertThat(v.messageKey())
                    .startsWith("iddocument.cccd."));
        }
    }

    private static String mutate(String valid, Random random) {
        StringBuilder sb = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits && sb.length() > 0; i++) {
            int at = random.nextInt(sb.length());
            char c = JUNK.charAt(random.nextInt(JUNK.length()));
            switch (random.nextInt(4)) {
                case 0 -> sb.setCharAt(at, c);
                case 1 -> sb.insert(at, c);
                case 2 -> sb.deleteCharAt(at);
                default -> sb.setCharAt(at, Character.toLowerCase(sb.charAt(at)));
            }
        }
        return sb.toString();
    }
}
