package org.onedoor.iddocument.internal;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.onedoor.common.FieldViolation;
import org.onedoor.iddocument.CitizenCard;
import org.onedoor.iddocument.DocumentReadException;

/**
 * Parses the chip ID card's QR text {@code ID|oldID|name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy} as a keyboard-wedge
 * scanner delivers it (decision 0321): byte-order mark, trailing CR/LF and stray whitespace are ignored, text is
 * normalised to Unicode NFC, fields after the seventh (2024 cards) and trailing empty fields are ignored.
 */
public final class CitizenCardQrParser {

    static final int FIELDS = 7;
    private static final Pattern CONTROL = Pattern.compile("[\\uFEFF\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern DATE = Pattern.compile("([0-9]{2})[/.-]?([0-9]{2})[/.-]?([0-9]{4})");

    private CitizenCardQrParser() {
    }

    public static CitizenCard parse(String qrText) {
        // a byte-order mark or control characters (STX/ETX, a scanner's prefix) are not part of the text
        String raw = qrText == null ? "" : CONTROL.matcher(qrText).replaceAll("");
        if (raw.isBlank()) {
            throw fail(new FieldViolation("cccd", "iddocument.cccd.empty"));
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        List<String> fields = new ArrayList<>(Arrays.stream(text.split("\\|", -1)).map(CitizenCardQrParser::clean)
                .toList());
        while (fields.size() > FIELDS && fields.get(fields.size() - 1).isEmpty()) {
            fields.remove(fields.size() - 1);
        }
        if (fields.size() < FIELDS) {
            throw fail(new FieldViolation("cccd", "iddocument.cccd.field-count", fields.size(), FIELDS));
        }
        List<FieldViolation> violations = new ArrayList<>();
        String id = fields.get(0).replace(" ", "");
        if (!id.matches("[0-9]{12}")) {
            violations.add(new FieldViolation("cccd.idNumber", "iddocument.cccd.id-number", id));
        }
        String oldId = fields.get(1).replace(" ", "");
        if (!oldId.isEmpty() && !oldId.matches("[0-9]{9}|[0-9]{12}")) {
            violations.add(new FieldViolation("cccd.oldIdNumber", "iddocument.cccd.old-id", oldId));
        }
        String name = fields.get(2);
        if (name.isEmpty()) {
            violations.add(new FieldViolation("cccd.fullName", "iddocument.cccd.name"));
        }
        LocalDate birth = date(fields.get(3), "cccd.dateOfBirth", violations);
        CitizenCard.Sex sex = switch (fold(fields.get(4))) {
            case "nam" -> CitizenCard.Sex.MALE;
            case "nu" -> CitizenCard.Sex.FEMALE;
            default -> {
                violations.add(new FieldViolation("cccd.sex", "iddocument.cccd.sex", fields.get(4)));
                yield null;
            }
        };
        LocalDate issued = date(fields.get(6), "cccd.issueDate", violations);
        if (!violations.isEmpty()) {
            throw new DocumentReadException(violations);
        }
        return new CitizenCard(id, oldId.isEmpty() ? null : oldId, name, birth, sex, fields.get(5), issued);
    }

    private static LocalDate date(String text, String field, List<FieldViolation> violations) {
        Matcher m = DATE.matcher(text.replace(" ", ""));
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            } catch (DateTimeException e) {
                // reported below
            }
        }
        violations.add(new FieldViolation(field, "iddocument.cccd.date", text));
        return null;
    }

    /** Trims a field and collapses runs of whitespace (scanners sometimes type tabs or doubled spaces). */
    private static String clean(String field) {
        return field.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Lower case without diacritics: {@code Nữ} → {@code nu}, so a scanner that loses marks still reads. */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static DocumentReadException fail(FieldViolation violation) {
        return new DocumentReadException(List.of(violation));
    }
}
