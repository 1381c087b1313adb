package org.onedoor.iddocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates documents whose fields fit their format, from a seeded {@link Random} so that every failure can be
 * replayed: the data of the round-trip and corrupted-check-digit tests.
 */
final class RandomDocuments {

    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> STATES = List.of("UTO", "VNM", "KHM", "LAO", "D", "FRA", "GBR", "XXA");

    private final Random random;
    private final LocalDate today;

    RandomDocuments(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    MrzDocument next(MrzFormat format) {
        String number = text(ALNUM, 1 + random.nextInt(9));
        boolean extensible = format == MrzFormat.TD1 || format == MrzFormat.TD2;
        if (extensible && random.nextInt(3) == 0) {
            number = text(ALNUM, 10 + random.nextInt(3));
        }
        int optionalWidth = switch (format) {
            case TD1 -> 15;
            case TD2 -> 7;
            case TD3 -> 14;
            case MRV_A -> 16;
            case MRV_B -> 8;
        };
        if (number.length() > 9) {
            optionalWidth -= number.length() - 9 + 2; // continuation, its check digit and a filler
        }
        String primary = words(1 + random.nextInt(2));
        List<String> secondary = new ArrayList<>();
        int given = random.nextInt(4);
        for (int i = 0; i < given; i++) {
            secondary.add(text(LETTERS, 1 + random.nextInt(8)));
        }
        while (encodedName(primary, secondary) >= format.nameWidth()) {
            secondary.remove(secondary.size() - 1);
            if (secondary.isEmpty() && encodedName(primary, secondary) >= format.nameWidth()) {
                primary = text(LETTERS, 5);
            }
        }
        return new MrzDocument(format, code(format), pick(STATES), number, primary, secondary, false, pick(STATES),
                today.minusDays(random.nextInt(36_000)), pick(List.of(MrzDocument.Sex.values())),
                LocalDate.of(2000, 1, 1).plusDays(random.nextInt(36_500)),
                text(ALNUM, random.nextInt(optionalWidth + 1)),
                format == MrzFormat.TD1 ? text(ALNUM, random.nextInt(12)) : "", List.of(), List.of());
    }

    private String code(MrzFormat format) {
        return switch (format) {
            case TD3 -> pick(List.of("P", "PN", "PD"));
            case MRV_A, MRV_B -> pick(List.of("V", "VA", "VB"));
            default -> pick(List.of("I", "ID", "IR", "A", "AC", "C"));
        };
    }

    private static int encodedName(String primary, List<String> secondary) {
        return primary.length() + (secondary.isEmpty() ? 0 : 2 + String.join("<", secondary).length());
    }

    private String words(int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(text(LETTERS, 2 + random.nextInt(8)));
        }
        return String.join(" ", words);
    }

    private String text(String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
