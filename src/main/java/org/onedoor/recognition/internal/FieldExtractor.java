package org.onedoor.recognition.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onedoor.recognition.DocumentType;

/**
 * Extracts the key fields of a recognised document from its OCR lines with tolerant patterns over folded text
 * (labels found with or without diacritics, bilingual labels, value on the label's line or the next), returning
 * values from the original text with their diacritics. Field names: {@code number}, {@code personalNumber},
 * {@code fullName}, {@code dateOfBirth}, {@code sex}, {@code issueDate}, {@code expiryDate} (ISO dates),
 * {@code issuer}.
 */
final class FieldExtractor {

    private static final Pattern NUMERIC_DATE =
            Pattern.compile("(?<!\\d)(\\d{1,2})\\s?[/.\\-]\\s?(\\d{1,2})\\s?[/.\\-]\\s?(\\d{4})(?!\\d)");
    private static final Pattern WORDED_DATE =
            Pattern.compile("ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})\\s*nam\\s*(\\d{4})");
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![\\d<])(\\d{12})(?![\\d<])");
    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\d<])(\\d{9})(?![\\d<])");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/.\\-]*(?: \\p{N}+)?");

    // OCR drops commas and merges words: labels tolerate both
    private static final String NAME = "ho,? ?chu dem,? ?(?:va )?ten|ho va ten|ho ten|full name";
    private static final String BIRTH = "ngay,? ?thang,? ?nam sinh|ngay sinh|date of birth";

    private final List<Folded> lines;
    private final Folded all;

    private FieldExtractor(List<String> lines) {
        this.lines = lines.stream().map(Folded::of).toList();
        this.all = Folded.of(String.join("\n", lines));
    }

    static Map<String, String> extract(DocumentType type, List<String> lines) {
        return new FieldExtractor(lines).fields(type);
    }

    private Map<String, String> fields(DocumentType type) {
        Map<String, String> f = new LinkedHashMap<>();
        switch (type) {
            case ID_CARD -> {
                first(TWELVE_DIGITS).or(() -> all.folded().contains("chung minh") ? first(NINE_DIGITS)
                        : Optional.empty()).ifPresent(v -> f.put("number", v));
                name(NAME).ifPresent(v -> f.put("fullName", v));
                date(BIRTH).ifPresent(v -> f.put("dateOfBirth", v));
                sex().ifPresent(v -> f.put("sex", v));
                date("co gia tri den|date of expiry|ngay het han").ifPresent(v -> f.put("expiryDate", v));
                date("ngay,? ?thang,? ?nam cap|ngay cap|date of issue").or(this::wordedDate)
                        .ifPresent(v -> f.put("issueDate", v));
                line("cuc canh sat[a-z ,]*|bo cong an").ifPresent(v -> f.put("issuer", v));
            }
            case BIRTH_CERTIFICATE -> {
                token("(?<![a-z])so\\s*:").ifPresent(v -> f.put("number", v));
                labelled("so dinh danh ca nhan").flatMap(v -> find(TWELVE_DIGITS, v))
                        .ifPresent(v -> f.put("personalNumber", v));
                name(NAME).ifPresent(v -> f.put("fullName", v));
                date(BIRTH).ifPresent(v -> f.put("dateOfBirth", v));
                sex().ifPresent(v -> f.put("sex", v));
                labelled("noi dang ky khai sinh|noi dang ky|co quan dang ky").map(FieldExtractor::clean)
                        .ifPresent(v -> f.put("issuer", v));
                date("ngay,? ?thang,? ?nam dang ky|ngay dang ky").or(this::wordedDate)
                        .ifPresent(v -> f.put("issueDate", v));
            }
            case DIPLOMA -> {
                token("so hieu(?: bang)?\\s*:?").ifPresent(v -> f.put("number", v));
                name("(?<![a-z])cho\\s*:?\\s*(?:(?:ong|ba|anh|chi)\\b)?|ho va ten|ho ten|full name").ifPresent(v -> f.put("fullName", v));
                date(BIRTH).ifPresent(v -> f.put("dateOfBirth", v));
                line("(?:truong|dai hoc|hoc vien) [a-z ]+").ifPresent(v -> f.put("issuer", v));
                wordedDate().ifPresent(v -> f.put("issueDate", v));
            }
            case LAND_USE_CERTIFICATE -> {
                token("so vao so cap(?: gcn| giay chung nhan)?\\s*:?").ifPresent(v -> f.put("number", v));
                name("(?<![a-z])(?:ong|ba)\\s*:|nguoi su dung dat\\s*:").ifPresent(v -> f.put("fullName", v));
                line("uy ban nhan dan[a-z ,]*|so tai nguyen va moi truong[a-z ,]*").ifPresent(v -> f.put("issuer", v));
                wordedDate().ifPresent(v -> f.put("issueDate", v));
            }
            case HOUSEHOLD_REGISTRATION -> {
                token("(?<![a-z])so\\s*:").ifPresent(v -> f.put("number", v));
                name("ho va ten chu ho|ho ten chu ho|chu ho\\s*:").ifPresent(v -> f.put("fullName", v));
                line("cong an [a-z ,]*").ifPresent(v -> f.put("issuer", v));
                wordedDate().ifPresent(v -> f.put("issueDate", v));
            }
            default -> {
            }
        }
        return f;
    }

    /**
     * The value of the first line with {@code label}: what follows the label (after a colon, skipping an English
     * translation such as {@code / Full name}), or the next line when nothing does.
     */
    private Optional<String> labelled(String label) {
        Pattern p = Pattern.compile(label);
        for (int i = 0; i < lines.size(); i++) {
            Folded line = lines.get(i);
            Matcher m = p.matcher(line.folded());
            if (!m.find()) {
                continue;
            }
            String rest = line.original().substring(m.end());
            String restFolded = line.folded().substring(m.end());
            int colon = restFolded.indexOf(':');
            if (colon >= 0 && colon <= 30) {
                rest = rest.substring(colon + 1);
            } else {
                rest = rest.replaceFirst("^\\s*/\\s*[A-Za-z ,.]*", "");
            }
            rest = rest.replaceFirst("^[\\s:.\\-/]+", "").strip();
            if (!rest.isEmpty()) {
                return Optional.of(rest);
            }
            for (int j = i + 1; j < lines.size(); j++) {
                if (!lines.get(j).original().isBlank()) {
                    return Optional.of(lines.get(j).original().strip());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> name(String label) {
        return labelled(label).map(FieldExtractor::clean).map(v -> {
            // a name is letters and spaces; stop at the next label or figure on the same line
            Matcher m = Pattern.compile("^[\\p{L} ]+").matcher(v);
            return m.find() ? m.group().strip().replaceAll(" {2,}", " ") : "";
        }).filter(v -> v.length() >= 2);
    }

    private Optional<String> date(String label) {
        return labelled(label).flatMap(v -> numericDate(v));
    }

    private Optional<String> token(String label) {
        return labelled(label).flatMap(v -> {
            Matcher m = TOKEN.matcher(v);
            return m.lookingAt() ? Optional.of(m.group().strip()) : Optional.empty();
        });
    }

    private Optional<String> sex() {
        return labelled("gioi tinh|sex").map(v -> Folded.of(v).words()).flatMap(v -> v.startsWith("nam")
                ? Optional.of("MALE") : v.startsWith("nu") ? Optional.of("FEMALE") : Optional.empty());
    }

    /** The original text of the first line matching {@code pattern}, from the match on. */
    private Optional<String> line(String pattern) {
        Pattern p = Pattern.compile(pattern);
        for (Folded line : lines) {
            Matcher m = p.matcher(line.folded());
            if (m.find()) {
                return Optional.of(clean(line.original().substring(m.start(), m.end())));
            }
        }
        return Optional.empty();
    }

    private Optional<String> first(Pattern pattern) {
        return find(pattern, all.original());
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The last "ngày dd tháng MM năm yyyy" of the text: the place-and-date line above the signature. */
    private Optional<String> wordedDate() {
        Matcher m = WORDED_DATE.matcher(all.folded());
        String found = null;
        while (m.find()) {
            String iso = iso(m.group(1), m.group(2), m.group(3));
            if (iso != null) {
                found = iso;
            }
        }
        return Optional.ofNullable(found);
    }

    static Optional<String> numericDate(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            String iso = iso(m.group(1), m.group(2), m.group(3));
            if (iso != null) {
                return Optional.of(iso);
            }
        }
        return Optional.empty();
    }

    private static String iso(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String clean(String value) {
        return value.replaceAll("\\s{2,}", " ").replaceAll("[\\s,.;:]+$", "").strip();
    }
}
