package org.onedoor.iddocument.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.onedoor.iddocument.MrzDocument;
import org.onedoor.iddocument.MrzFormat;

/**
 * Writes a document's fields as a zone with correct check digits (the inverse of {@link MrzParser}): used for
 * test documents and demo data. Names that do not fit are truncated at the end of the field (Part 3 §4.6).
 */
public final class MrzWriter {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private MrzWriter() {
    }

    public static String format(MrzDocument d) {
        MrzFormat f = d.format();
        String head = pad(d.documentCode(), 2) + pad(d.issuingState(), 3);
        String birth = date(d.dateOfBirth());
        String expiry = date(d.dateOfExpiry());
        String dates = birth + CheckDigits.compute(birth) + d.sex().code() + expiry + CheckDigits.compute(expiry);
        if (f == MrzFormat.TD1) {
            String l1 = head + numberAndOptional(d.documentNumber(), d.optionalData1(), 15);
            String l2 = dates + pad(d.nationality(), 3) + pad(d.optionalData2(), 11);
            String composite = l1.substring(5) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18);
            return l1 + "\n" + l2 + CheckDigits.compute(composite) + "\n" + name(d, 30);
        }
        String l1 = head + name(d, f.nameWidth());
        String l2;
        if (f == MrzFormat.TD2) {
            String numberAndOptional = numberAndOptional(d.documentNumber(), d.optionalData1(), 7);
            l2 = numberAndOptional.substring(0, 10) + pad(d.nationality(), 3) + dates
                    + numberAndOptional.substring(10);
        } else {
            l2 = pad(d.documentNumber(), 9) + CheckDigits.compute(pad(d.documentNumber(), 9))
                    + pad(d.nationality(), 3) + dates;
            if (f == MrzFormat.TD3) {
                String personal = pad(d.optionalData1(), 14);
                l2 += personal + CheckDigits.compute(personal);
            } else {
                l2 += pad(d.optionalData1(), f.lineLength() - 28);
            }
        }
        if (f.hasCompositeCheckDigit()) {
            l2 += CheckDigits.compute(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21));
        }
        return l1 + "\n" + l2;
    }

    /** Document number, its check digit and the optional data, with the long-number rule of TD1 and TD2. */
    private static String numberAndOptional(String number, String optional, int optionalWidth) {
        if (number.length() <= 9) {
            String field = pad(number, 9);
            return field + CheckDigits.compute(field) + pad(optional, optionalWidth);
        }
        String continuation = number.substring(9) + CheckDigits.compute(number) + "<" + optional;
        return number.substring(0, 9) + "<" + pad(continuation, optionalWidth);
    }

    private static String name(MrzDocument d, int width) {
        String name = d.primaryIdentifier().replace(' ', '<');
        if (!d.secondaryIdentifiers().isEmpty()) {
            name += "<<" + String.join("<", d.secondaryIdentifiers()).replace(' ', '<');
        }
        return name.length() > width ? name.substring(0, width) : pad(name, width);
    }

    private static String date(LocalDate date) {
        return date == null ? "<<<<<<" : date.format(YYMMDD);
    }

    private static String pad(String value, int width) {
        String v = value == null ? "" : value;
        if (v.length() > width) {
            throw new IllegalArgumentException("'" + v + "' is longer than " + width + " characters");
        }
        return v + "<".repeat(width - v.length());
    }
}
