package org.onedoor.iddocument.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.FieldViolation;
import org.onedoor.iddocument.MrzDocument;
import org.onedoor.iddocument.MrzDocument.CheckDigit;
import org.onedoor.iddocument.MrzDocument.Sex;
import org.onedoor.iddocument.MrzFormat;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads the fields of a zone by position (ICAO Doc 9303 Parts 4–7) and checks every check digit. Fields are
 * returned even when checks fail; each failure becomes one {@link FieldViolation} naming the field.
 */
public final class MrzParser {

    private final LocalDate today;
    private final List<CheckDigit> checks = new ArrayList<>();
    private final List<FieldViolation> problems = new ArrayList<>();

    private MrzParser(LocalDate today) {
        this.today = today;
    }

    /** Parses {@code text}; throws DocumentReadException when it is not shaped like a zone at all. */
    public static MrzDocument parse(String text, LocalDate today) {
        MrzText.Lines lines = MrzText.normalise(text);
        return new MrzParser(today).read(lines.format(), lines.lines());
    }

    private MrzDocument read(MrzFormat format, List<String> lines) {
        String l1 = lines.get(0);
        String l2 = lines.get(1);
        String code = strip(l1.substring(0, 2));
        String state = strip(l1.substring(2, 5));
        if (format == MrzFormat.TD1) {
            return readTd1(code, state, l1, l2, lines.get(2));
        }
        // TD2, TD3, MRV-A, MRV-B share line 1 (code, state, name) and the start of line 2
        int optionalEnd = switch (format) {
            case TD2 -> 35;
            case TD3 -> 42;
            default -> l2.length();
        };
        boolean extensible = format == MrzFormat.TD2;
        DocumentNumber number = documentNumber(l2.substring(0, 9), l2.charAt(9), l2.substring(28, optionalEnd),
                extensible);
        String nationality = strip(l2.substring(10, 13));
        LocalDate birth = birthDate(l2.substring(13, 19), l2.charAt(19));
        Sex sex = sex(l2.charAt(20));
        LocalDate expiry = expiryDate(l2.substring(21, 27), l2.charAt(27));
        String optional = number.optionalData();
        if (format == MrzFormat.TD3) {
            String personal = l2.substring(28, 42);
            char printed = l2.charAt(42);
            // Part 4: when the personal number is all fillers its check digit may be 0 or a filler
            boolean empty = personal.chars().allMatch(c -> c == '<');
            check(MrzDocument.OPTIONAL_DATA, printed, empty && printed == '<' ? '<' : CheckDigits.compute(personal));
        }
        if (format.hasCompositeCheckDigit()) {
            String data = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, l2.length() - 1);
            check(MrzDocument.COMPOSITE, l2.charAt(l2.length() - 1), CheckDigits.compute(data));
        }
        Name name = name(l1.substring(5));
        return new MrzDocument(format, code, state, number.number(), name.primary(), name.secondary(),
                name.truncated(), nationality, birth, sex, expiry, optional, "", checks, problems);
    }

    private MrzDocument readTd1(String code, String state, String l1, String l2, String l3) {
        DocumentNumber number = documentNumber(l1.substring(5, 14), l1.charAt(14), l1.substring(15, 30), true);
        LocalDate birth = birthDate(l2.substring(0, 6), l2.charAt(6));
        Sex sex = sex(l2.charAt(7));
        LocalDate expiry = expiryDate(l2.substring(8, 14), l2.charAt(14));
        String nationality = strip(l2.substring(15, 18));
        String optional2 = strip(l2.substring(18, 29));
        String data = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        check(MrzDocument.COMPOSITE, l2.charAt(29), CheckDigits.compute(data));
        Name name = name(l3);
        return new MrzDocument(MrzFormat.TD1, code, state, number.number(), name.primary(), name.secondary(),
                name.truncated(), nationality, birth, sex, expiry, number.optionalData(), optional2, checks,
                problems);
    }

    private record DocumentNumber(String number, String optionalData) {
    }

    /**
     * Part 5 note j (TD1) and Part 6 (TD2): a number longer than 9 characters puts a filler in the check digit
     * position and continues in the optional data, followed by its check digit and a filler.
     */
    private DocumentNumber documentNumber(String field, char printed, String optional, boolean extensible) {
        if (extensible && printed == '<' && field.charAt(8) != '<') {
            int end = optional.indexOf('<');
            if (end < 0) {
                end = optional.length();
            }
            if (end == 0) {
                check(MrzDocument.DOCUMENT_NUMBER, '<', CheckDigits.compute(field));
                return new DocumentNumber(field, stripLeft(optional));
            }
            String number = field + optional.substring(0, end - 1);
            check(MrzDocument.DOCUMENT_NUMBER, optional.charAt(end - 1), CheckDigits.compute(number));
            String rest = end < optional.length() ? optional.substring(end + 1) : "";
            return new DocumentNumber(number, strip(rest));
        }
        check(MrzDocument.DOCUMENT_NUMBER, printed, CheckDigits.compute(field));
        return new DocumentNumber(strip(field), strip(optional));
    }

    private LocalDate birthDate(String yymmdd, char printed) {
        check(MrzDocument.DATE_OF_BIRTH, printed, CheckDigits.compute(yymmdd));
        if (yymmdd.indexOf('<') >= 0) {
            return null; // Part 3: unknown parts of a date of birth are fillers
        }
        // Part 3 leaves the century open: the one that keeps the date of birth in the past
        LocalDate date = date(yymmdd, 2000);
        if (date == null || date.isAfter(today)) {
            date = date(yymmdd, 1900);
        }
        if (date == null) {
            problems.add(new FieldViolation(MrzDocument.DATE_OF_BIRTH, "iddocument.mrz.date", yymmdd));
        }
        return date;
    }

    private LocalDate expiryDate(String yymmdd, char printed) {
        check(MrzDocument.DATE_OF_EXPIRY, printed, CheckDigits.compute(yymmdd));
        LocalDate date = date(yymmdd, 2000);
        if (date == null) {
            problems.add(new FieldViolation(MrzDocument.DATE_OF_EXPIRY, "iddocument.mrz.date", yymmdd));
        }
        return date;
    }

    private static LocalDate date(String yymmdd, int century) {
        if (!yymmdd.matches("[0-9]{6}")) {
            return null;
        }
        try {
            return LocalDate.of(century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Sex sex(char c) {
        Sex sex = Sex.of(c).orElse(null);
        if (sex == null) {
            problems.add(new FieldViolation(MrzDocument.SEX, "iddocument.mrz.sex", String.valueOf(c)));
        }
        return sex;
    }

    private record Name(String primary, List<String> secondary, boolean truncated) {
    }

    /** Part 3 §4.6: primary identifier, {@code <<}, secondary identifiers separated by {@code <}. */
    private Name name(String field) {
        boolean truncated = field.charAt(field.length() - 1) != '<';
        int split = field.indexOf("<<");
        String primary = (split < 0 ? field : field.substring(0, split)).replace('<', ' ').trim();
        List<String> secondary = new ArrayList<>();
        if (split >= 0) {
            for (String part : field.substring(split + 2).split("<")) {
                if (!part.isEmpty()) {
                    secondary.add(part);
                }
            }
        }
        if (primary.isEmpty()) {
            problems.add(new FieldViolation(MrzDocument.NAME, "iddocument.mrz.name"));
        }
        return new Name(primary, secondary, truncated);
    }

    private void check(String field, char printed, char computed) {
        checks.add(new CheckDigit(field, printed, computed));
        if (printed != computed) {
            problems.add(new FieldViolation(field, "iddocument.mrz.check-digit",
                    new DefaultMessageSourceResolvable("iddocument.field." + field), String.valueOf(printed),
                    String.valueOf(computed)));
        }
    }

    static String strip(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '<') {
            end--;
        }
        return s.substring(0, end);
    }

    private static String stripLeft(String s) {
        return strip(s.replaceFirst("^<+", ""));
    }
}
