package org.onedoor.catalog.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text for search: lower case, no tone or vowel marks, "đ" as "d", punctuation as spaces,
 * so that "dang ky khai sinh" matches "Đăng ký khai sinh". Done in Java (not with PostgreSQL's
 * {@code unaccent}) so it is the same everywhere and stored in {@code catalog.procedure.search_text}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern LONE_DOTS = Pattern.compile("(^|\\s)\\.+|\\.+(\\s|$)");

    private SearchText() {
    }

    /** The folded form: only a–z, 0–9, dots inside codes and single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        // "đ"/"Đ" is a letter of its own, not d + a mark, so NFD does not split it
        String s = text.replace('đ', 'd').replace('Đ', 'd');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = LONE_DOTS.matcher(s).replaceAll(" ");
        return s.trim().replaceAll(" {2,}", " ");
    }

    /** The words of a query, folded; empty for a blank query. */
    public static List<String> words(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.stream(folded.split(" ")).distinct().toList();
    }
}
