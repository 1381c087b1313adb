package org.onedoor.border.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.onedoor.iddocument.Mrz;

/**
 * Repairs the look-alike characters OCR confuses in a machine-readable zone (decision 0503).
 * <ol>
 * <li>Positions the format reserves for digits (dates, check digits) cannot hold letters, and positions reserved
 *     for letters (document code, states, names) cannot hold digits: those are replaced by their look-alike.</li>
 * <li>In alphanumeric fields protected by a check digit (document number, personal number), look-alikes are
 *     swapped only when that check digit fails, one or two at a time, and a repair is kept only when it is the
 *     single one that makes the check digit pass (ties broken by the composite check digit, then by the repair
 *     that yields more digits).</li>
 * </ol>
 */
final class MrzCorrector {

    private static final Map<Character, Character> TO_DIGIT = Map.of('O', '0', 'Q', '0', 'D', '0', 'U', '0',
            'I', '1', 'L', '1', 'Z', '2', 'S', '5', 'G', '6', 'B', '8');
    private static final Map<Character, Character> TO_LETTER = Map.of('0', 'O', '1', 'I', '2', 'Z', '5', 'S',
            '6', 'G', '8', 'B');
    private static final Map<Character, Character> SWAP = Map.ofEntries(Map.entry('O', '0'), Map.entry('0', 'O'),
            Map.entry('I', '1'), Map.entry('1', 'I'), Map.entry('B', '8'), Map.entry('8', 'B'), Map.entry('S', '5'),
            Map.entry('5', 'S'), Map.entry('Z', '2'), Map.entry('2', 'Z'), Map.entry('G', '6'), Map.entry('6', 'G'));

    enum Kind { DIGITS, LETTERS, ANY }

    /** A field: line, first column, length, kind, and its check digit's line and column (-1 when none). */
    record Field(int line, int start, int length, Kind kind, int checkLine, int checkColumn) {
    }

    record Result(String text, List<String> corrections) {
    }

    private MrzCorrector() {
    }

    static Result correct(String zone) {
        String[] lines = zone.toUpperCase(Locale.ROOT).split("\n");
        char[][] z = new char[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            z[i] = lines[i].toCharArray();
        }
        List<Field> fields = layout(lines.length, lines[0].length(), lines[0].startsWith("V"));
        List<String> corrections = new ArrayList<>();
        boolean sameWidth = java.util.Arrays.stream(lines).allMatch(l -> l.length() == lines[0].length());
        if (fields.isEmpty() || !sameWidth) {
            return new Result(zone, corrections);
        }
        for (Field f : fields) {
            for (int c = f.start; c < f.start + f.length && c < z[f.line].length; c++) {
                replaceByKind(z, f.line, c, f.kind, corrections);
            }
            if (f.checkColumn >= 0 && f.checkColumn < z[f.checkLine].length) {
                replaceByKind(z, f.checkLine, f.checkColumn, Kind.DIGITS, corrections);
            }
        }
        Field composite = fields.stream().filter(f -> f.length == 0).findFirst().orElse(null);
        for (Field f : fields) {
            if (f.kind == Kind.ANY && f.checkColumn >= 0 && !passes(z, f)) {
                repair(z, f, composite, fields).ifPresent(corrections::addAll);
            }
        }
        List<String> out = new ArrayList<>();
        for (char[] line : z) {
            out.add(new String(line));
        }
        return new Result(String.join("\n", out), corrections);
    }

    private static void replaceByKind(char[][] z, int line, int column, Kind kind, List<String> corrections) {
        char ch = z[line][column];
        Character to = kind == Kind.DIGITS ? TO_DIGIT.get(ch) : kind == Kind.LETTERS ? TO_LETTER.get(ch) : null;
        if (to != null) {
            z[line][column] = to;
            corrections.add(note(line, column, ch, to));
        }
    }

    /** The unique swap of one, else two, look-alikes that makes the field's check digit (and the composite) pass. */
    private static Optional<List<String>> repair(char[][] z, Field f, Field composite, List<Field> fields) {
        char[] line = z[f.line];
        List<Integer> positions = new ArrayList<>();
        for (int c = f.start; c < f.start + f.length; c++) {
            if (SWAP.containsKey(line[c])) {
                positions.add(c);
            }
        }
        for (int changes = 1; changes <= 2; changes++) {
            List<int[]> passing = new ArrayList<>();
            for (int a = 0; a < positions.size(); a++) {
                for (int b = changes == 1 ? a : a + 1; b < (changes == 1 ? a + 1 : positions.size()); b++) {
                    int[] tried = changes == 1 ? new int[] {positions.get(a)} : new int[] {positions.get(a), positions.get(b)};
                    swap(line, tried);
                    if (passes(z, f)) {
                        passing.add(tried);
                    }
                    swap(line, tried);
                }
            }
            if (passing.size() > 1 && composite != null) {
                passing.removeIf(tried -> {
                    swap(line, tried);
                    boolean ok = passes(z, composite, fields);
                    swap(line, tried);
                    return !ok;
                });
            }
            if (passing.size() > 1) {
                // check digits cannot tell B→8 at one place from 8→B at another (both shift the sum alike):
                // document and personal numbers are mostly digits, so the repair that adds digits wins
                int most = passing.stream().mapToInt(tried -> digitsGained(line, tried)).max().orElse(0);
                passing.removeIf(tried -> digitsGained(line, tried) < most);
            }
            if (passing.size() == 1) {
                List<String> notes = new ArrayList<>();
                for (int c : passing.get(0)) {
                    char from = line[c];
                    line[c] = SWAP.get(from);
                    notes.add(note(f.line, c, from, line[c]));
                }
                return Optional.of(notes);
            }
            if (passing.size() > 1) {
                return Optional.empty(); // ambiguous: leave it to the guard
            }
        }
        return Optional.empty();
    }

    private static int digitsGained(char[] line, int[] positions) {
        int gained = 0;
        for (int c : positions) {
            gained += Character.isDigit(line[c]) ? -1 : 1;
        }
        return gained;
    }

    private static void swap(char[] line, int[] positions) {
        for (int c : positions) {
            line[c] = SWAP.get(line[c]);
        }
    }

    private static boolean passes(char[][] z, Field f) {
        char printed = z[f.checkLine][f.checkColumn];
        String data = new String(z[f.line], f.start, f.length);
        return printed == '<' ? data.chars().allMatch(c -> c == '<') : Mrz.checkDigit(data) == printed;
    }

    /** The composite check digit (Doc 9303): TD1 over lines 1–2's data, TD2/TD3 over line 2 but state and sex. */
    private static boolean passes(char[][] z, Field composite, List<Field> fields) {
        String data;
        if (z.length == 3) {
            String l1 = new String(z[0]);
            String l2 = new String(z[1]);
            data = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        } else {
            String l2 = new String(z[1]);
            data = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, l2.length() - 1);
        }
        return Mrz.checkDigit(data) == z[composite.checkLine][composite.checkColumn];
    }

    private static String note(int line, int column, char from, char to) {
        return "line " + (line + 1) + " col " + (column + 1) + ": " + from + "→" + to;
    }

    /** Field layouts of ICAO Doc 9303 Parts 4–7; the composite is a zero-length field naming its digit. */
    static List<Field> layout(int lines, int width, boolean visa) {
        if (lines == 3 && width == 30) {
            return List.of(new Field(0, 0, 2, Kind.LETTERS, -1, -1), new Field(0, 2, 3, Kind.LETTERS, -1, -1),
                    new Field(0, 5, 9, Kind.ANY, 0, 14), new Field(1, 0, 6, Kind.DIGITS, 1, 6),
                    new Field(1, 8, 6, Kind.DIGITS, 1, 14), new Field(1, 15, 3, Kind.LETTERS, -1, -1),
                    new Field(1, 29, 0, Kind.DIGITS, 1, 29), new Field(2, 0, 30, Kind.LETTERS, -1, -1));
        }
        if (lines == 2 && (width == 44 || width == 36)) {
            List<Field> f = new ArrayList<>(List.of(new Field(0, 0, 2, Kind.LETTERS, -1, -1),
                    new Field(0, 2, 3, Kind.LETTERS, -1, -1), new Field(0, 5, width - 5, Kind.LETTERS, -1, -1),
                    new Field(1, 0, 9, Kind.ANY, 1, 9), new Field(1, 10, 3, Kind.LETTERS, -1, -1),
                    new Field(1, 13, 6, Kind.DIGITS, 1, 19), new Field(1, 21, 6, Kind.DIGITS, 1, 27)));
            if (!visa && width == 44) {
                f.add(new Field(1, 28, 14, Kind.ANY, 1, 42));
            }
            if (!visa) {
                f.add(new Field(1, width - 1, 0, Kind.DIGITS, 1, width - 1));
            }
            return f;
        }
        return List.of();
    }
}
