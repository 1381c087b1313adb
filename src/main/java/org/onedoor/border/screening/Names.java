package org.onedoor.border.screening;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * How names are compared at the gate (decision 0501): folded to A–Z without diacritics ({@code Nguyễn → NGUYEN},
 * {@code Đ → D}), split into words, and each word reduced to a transliteration key that makes the usual
 * Vietnamese, Khmer and Latin romanisations of one sound equal ({@code Chanthou / Chanthu → CANTU},
 * {@code Phạm / Fam → FAM}, {@code Huỳnh / Huinh → HUINH}).
 */
public final class Names {

    private Names() {
    }

    /** Upper-case A–Z words, diacritics removed, anything else a separator; duplicates dropped, order kept. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        // letters that Unicode does not decompose into a base letter and a mark
        String plain = name.replace('đ', 'd').replace('Đ', 'D').replace("ø", "o").replace("Ø", "O").replace("ß", "SS")
                .replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE").replace('ł', 'l')
                .replace('Ł', 'L').replace('ı', 'i');
        String s = Normalizer.normalize(plain, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toUpperCase(Locale.ROOT);
        LinkedHashSet<String> words = new LinkedHashSet<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        return new ArrayList<>(words);
    }

    /**
     * The transliteration key of a folded word. Digraphs become one letter (CH→c, PH→F, KH→K, TH→T, GH→G, DH→D,
     * SH→S), letters for one sound merge (C/Q→K, X/Z→S, W→U, Y→I), OU/OO→U, EE→I, and doubled letters collapse.
     */
    public static String key(String word) {
        String s = word.replace("CH", "c").replace("PH", "F").replace("KH", "K").replace("TH", "T")
                .replace("GH", "G").replace("DH", "D").replace("SH", "S")
                .replace('Q', 'K').replace('C', 'K').replace('X', 'S').replace('Z', 'S').replace('W', 'U')
                .replace('Y', 'I').replace("OU", "U").replace("OO", "U").replace("EE", "I").replace('c', 'C');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /** Optimal string alignment distance capped at 2: 0, 1 (one substitution, insertion, deletion or adjacent swap) or 2 (more). */
    public static int distance(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return 2;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            // one substitution, or one adjacent swap
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return 1;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2) ? 1 : 2;
        }
        // one insertion / deletion
        return la > lb ? (a.regionMatches(i + 1, b, i, lb - i) ? 1 : 2) : (b.regionMatches(i + 1, a, i, la - i) ? 1 : 2);
    }
}
