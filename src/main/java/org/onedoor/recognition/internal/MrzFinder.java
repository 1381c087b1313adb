package org.onedoor.recognition.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a machine-readable zone in OCR lines: two or three consecutive lines of the MRZ alphabet with fillers,
 * their lengths set to the nearest format width when OCR lost or added a trailing filler or two.
 */
final class MrzFinder {

    private MrzFinder() {
    }

    static Optional<String> find(List<String> lines) {
        List<String> run = new ArrayList<>();
        List<String> best = List.of();
        for (String line : lines) {
            String s = line.toUpperCase(Locale.ROOT).replace(" ", "").replace('«', '<').replace('‹', '<');
            if (s.length() >= 26 && s.matches("[A-Z0-9<]+") && s.contains("<")) {
                run.add(s);
                if (run.size() >= 2 && run.size() <= 3 && run.size() >= best.size()) {
                    best = List.copyOf(run);
                }
            } else {
                run.clear();
            }
        }
        if (best.isEmpty()) {
            return Optional.empty();
        }
        int width = best.size() == 3 ? 30 : nearest(best.get(0).length());
        List<String> fixed = best.stream().map(l -> fit(l, width)).toList();
        return Optional.of(String.join("\n", fixed));
    }

    private static int nearest(int length) {
        return Math.abs(length - 36) <= Math.abs(length - 44) ? 36 : 44;
    }

    /** Pads or trims trailing fillers only: a line that is still off is left for the parser to reject. */
    private static String fit(String line, int width) {
        String s = line;
        while (s.length() > width && s.endsWith("<")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() < width && width - s.length() <= 2) {
            s = s + "<".repeat(width - s.length());
        }
        return s;
    }
}
