package org.onedoor.iddocument.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.common.FieldViolation;
import org.onedoor.iddocument.DocumentReadException;
import org.onedoor.iddocument.MrzFormat;

/**
 * Turns what a passport reader or a person typed into the lines of a zone: upper case, spaces removed, lines split
 * on {@code \n}, {@code \r\n} or {@code \r}, or cut at the exact line length when the reader sent one long line;
 * then the shape (3×30, 2×36, 2×44) and the alphabet ({@code A–Z 0–9 <}) are checked.
 */
final class MrzText {

    static final String FIELD = "mrz";

    private MrzText() {
    }

    record Lines(MrzFormat format, List<String> lines) {
    }

    static Lines normalise(String text) {
        if (text == null || text.isBlank()) {
            throw new DocumentReadException(List.of(new FieldViolation(FIELD, "iddocument.mrz.empty")));
        }
        // readers may wrap the zone in control characters (STX/ETX) or a byte-order mark: not part of the zone
        String upper = text.replaceAll("[\\uFEFF\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "")
                .toUpperCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        for (String raw : upper.split("\\r\\n|\\r|\\n")) {
            String line = raw.replaceAll("[\\s\\u00A0]", "");
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (lines.size() == 1) {
            lines = cut(lines.get(0));
        }
        List<FieldViolation> violations = new ArrayList<>();
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            for (int c = 0; c < line.length(); c++) {
                if (CheckDigits.value(line.charAt(c)) < 0) {
                    violations.add(new FieldViolation(FIELD + ".line" + (l + 1), "iddocument.mrz.character",
                            String.valueOf(line.charAt(c)), l + 1, c + 1));
                    break;
                }
            }
        }
        MrzFormat shape = shape(lines);
        if (shape == null) {
            violations.add(new FieldViolation(FIELD, "iddocument.mrz.shape", lines.size(),
                    String.join(", ", lines.stream().map(s -> String.valueOf(s.length())).toList())));
        } else if (CheckDigits.value(lines.get(0).charAt(0)) < 10) {
            violations.add(new FieldViolation(FIELD + ".documentCode", "iddocument.mrz.document-code",
                    String.valueOf(lines.get(0).charAt(0))));
        }
        if (!violations.isEmpty()) {
            throw new DocumentReadException(violations);
        }
        if (lines.get(0).charAt(0) == 'V') {
            shape = shape == MrzFormat.TD3 ? MrzFormat.MRV_A : shape == MrzFormat.TD2 ? MrzFormat.MRV_B : shape;
        }
        return new Lines(shape, List.copyOf(lines));
    }

    /** A reader that sends the zone as one line: cut it at the only line length that fits. */
    private static List<String> cut(String line) {
        int width = switch (line.length()) {
            case 90 -> 30;
            case 72 -> 36;
            case 88 -> 44;
            default -> 0;
        };
        if (width == 0) {
            return List.of(line);
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < line.length(); i += width) {
            lines.add(line.substring(i, i + width));
        }
        return lines;
    }

    private static MrzFormat shape(List<String> lines) {
        if (lines.isEmpty() || lines.stream().anyMatch(l -> l.length() != lines.get(0).length())) {
            return null;
        }
        int n = lines.size();
        int width = lines.get(0).length();
        if (n == 3 && width == 30) {
            return MrzFormat.TD1;
        }
        if (n == 2 && width == 36) {
            return MrzFormat.TD2;
        }
        if (n == 2 && width == 44) {
            return MrzFormat.TD3;
        }
        return null;
    }
}
