package org.onedoor.forms.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Greedy line breaking at spaces by measured glyph widths; a word wider than the line (a long code or URL) is
 * broken between characters. Text is normalised to NFC first so Vietnamese letters with two diacritics ("ễ")
 * use the font's precomposed glyphs and extract as the same characters.
 */
final class TextWrap {

    record Run(String text, PDFont font) {
    }

    record Word(String text, PDFont font) {
    }

    private TextWrap() {
    }

    static List<String> lines(String text, PDFont font, float fontSize, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (List<Word> line : lines(List.of(new Run(text, font)), fontSize, maxWidth)) {
            lines.add(String.join(" ", line.stream().map(Word::text).toList()));
        }
        return lines.isEmpty() ? List.of("") : lines;
    }

    static List<List<Word>> lines(List<Run> runs, float fontSize, float maxWidth) {
        List<List<Word>> lines = new ArrayList<>();
        for (Run run : runs) {
            String text = java.text.Normalizer.normalize(run.text() == null ? "" : run.text(), java.text.Normalizer.Form.NFC);
            String[] paragraphs = text.split("\n", -1);
            for (int p = 0; p < paragraphs.length; p++) {
                if (p > 0 || lines.isEmpty()) {
                    lines.add(new ArrayList<>());
                }
                for (String word : paragraphs[p].replace('\t', ' ').split(" ")) {
                    if (!word.isEmpty()) {
                        place(lines, new Word(word, run.font()), fontSize, maxWidth);
                    }
                }
            }
        }
        lines.removeIf(List::isEmpty);
        return lines;
    }

    private static void place(List<List<Word>> lines, Word word, float fontSize, float maxWidth) {
        List<Word> current = lines.get(lines.size() - 1);
        float used = width(current, fontSize);
        float space = current.isEmpty() ? 0 : FormCanvas.width(" ", word.font(), fontSize);
        float wordWidth = FormCanvas.width(word.text(), word.font(), fontSize);
        if (used + space + wordWidth <= maxWidth) {
            current.add(word);
            return;
        }
        if (wordWidth <= maxWidth) {
            lines.add(new ArrayList<>(List.of(word)));
            return;
        }
        // a single word longer than the line: break it between characters
        if (!current.isEmpty()) {
            current = new ArrayList<>();
            lines.add(current);
        }
        StringBuilder piece = new StringBuilder();
        for (int i = 0; i < word.text().length(); ) {
            int cp = word.text().codePointAt(i);
            String candidate = piece + new String(Character.toChars(cp));
            if (piece.length() > 0 && FormCanvas.width(candidate, word.font(), fontSize) > maxWidth) {
                current.add(new Word(piece.toString(), word.font()));
                current = new ArrayList<>();
                lines.add(current);
                piece.setLength(0);
            }
            piece.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        current.add(new Word(piece.toString(), word.font()));
    }

    private static float width(List<Word> line, float fontSize) {
        float total = 0;
        for (int i = 0; i < line.size(); i++) {
            Word word = line.get(i);
            total += FormCanvas.width(word.text(), word.font(), fontSize);
            if (i > 0) {
                total += FormCanvas.width(" ", word.font(), fontSize);
            }
        }
        return total;
    }
}
