package org.onedoor.recognition.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.onedoor.recognition.DocumentType;

/**
 * Classifies a scanned original by keywords over folded text (decision 0332): a title keyword weighs 10, a
 * supporting phrase 3; the type with the highest score wins when it reaches 10, otherwise the document is
 * {@link DocumentType#OTHER}. Keywords are matched with spaces removed as well, because OCR often drops or adds
 * spaces in large title type.
 */
final class DocumentClassifier {

    private record Keyword(String phrase, int weight) {
    }

    private static final int TITLE = 10;
    private static final int SUPPORT = 3;

    private static final Map<DocumentType, List<Keyword>> KEYWORDS = Map.of(
            DocumentType.ID_CARD, List.of(new Keyword("can cuoc cong dan", TITLE),
                    new Keyword("citizen identity card", TITLE), new Keyword("can cuoc", 7),
                    new Keyword("identity card", SUPPORT), new Keyword("chung minh nhan dan", TITLE),
                    new Keyword("place of origin", SUPPORT), new Keyword("place of residence", SUPPORT),
                    new Keyword("date of expiry", SUPPORT), new Keyword("co gia tri den", SUPPORT),
                    new Keyword("idvnm", TITLE)),
            DocumentType.BIRTH_CERTIFICATE, List.of(new Keyword("giay khai sinh", TITLE),
                    new Keyword("birth certificate", TITLE), new Keyword("noi dang ky khai sinh", SUPPORT),
                    new Keyword("noi sinh", SUPPORT), new Keyword("dang ky khai sinh", SUPPORT)),
            DocumentType.DIPLOMA, List.of(new Keyword("bang tot nghiep", TITLE), new Keyword("bang cu nhan", TITLE),
                    new Keyword("bang thac si", TITLE), new Keyword("bang tien si", TITLE),
                    new Keyword("bang ky su", TITLE), new Keyword("diploma", TITLE),
                    new Keyword("xep loai tot nghiep", SUPPORT), new Keyword("hieu truong", SUPPORT),
                    new Keyword("so hieu", SUPPORT)),
            DocumentType.LAND_USE_CERTIFICATE, List.of(
                    new Keyword("giay chung nhan quyen su dung dat", TITLE),
                    new Keyword("quyen so huu nha o", SUPPORT), new Keyword("thua dat", SUPPORT),
                    new Keyword("to ban do", SUPPORT), new Keyword("muc dich su dung", SUPPORT)),
            DocumentType.HOUSEHOLD_REGISTRATION, List.of(new Keyword("so ho khau", TITLE),
                    new Keyword("household registration", TITLE), new Keyword("chu ho", SUPPORT),
                    new Keyword("quan he voi chu ho", SUPPORT)));

    private DocumentClassifier() {
    }

    static DocumentType classify(Folded text) {
        String words = " " + text.words() + " ";
        String compact = words.replace(" ", "");
        Map<DocumentType, Integer> scores = new EnumMap<>(DocumentType.class);
        KEYWORDS.forEach((type, keywords) -> {
            int score = 0;
            for (Keyword k : keywords) {
                if (words.contains(" " + k.phrase() + " ") || compact.contains(k.phrase().replace(" ", ""))) {
                    score += k.weight();
                }
            }
            scores.put(type, score);
        });
        return scores.entrySet().stream().filter(e -> e.getValue() >= TITLE)
                .max(Map.Entry.<DocumentType, Integer>comparingByValue()
                        .thenComparing(e -> -e.getKey().ordinal()))
                .map(Map.Entry::getKey).orElse(DocumentType.OTHER);
    }
}
