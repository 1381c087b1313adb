package org.onedoor.iddocument;

import java.time.LocalDate;

import org.onedoor.common.VietnamTime;
import org.onedoor.iddocument.internal.CheckDigits;
import org.onedoor.iddocument.internal.MrzParser;
import org.onedoor.iddocument.internal.MrzWriter;

/**
 * Machine-readable zones of ICAO Doc 9303 (vùng đọc máy, MRZ): TD1, TD2, TD3, MRV-A and MRV-B, with every check
 * digit, long TD1/TD2 document numbers, name splitting and date centuries.
 * <p>
 * Input is normalised first: upper case, spaces removed, lines separated by {@code \n}, {@code \r\n} or {@code \r},
 * or one line cut at the exact line length (90, 72, 88 characters).
 * <ul>
 * <li>{@link #parse(String)} returns the fields whenever the text has the shape of a zone, with
 *     {@link MrzDocument#problems()} naming each failed check digit or unreadable field (for the border guard's
 *     screen, which shows the fields and what is wrong with them);</li>
 * <li>{@link #read(String)} is the strict variant: it throws {@link DocumentReadException} with those problems.</li>
 * </ul>
 * Both throw {@link DocumentReadException} when the text is not a zone at all (empty, wrong number or length of
 * lines, characters outside {@code A–Z 0–9 <}).
 */
public final class Mrz {

    private Mrz() {
    }

    /** Parses a zone; the century of the date of birth is chosen relative to today in Vietnam. */
    public static MrzDocument parse(String text) {
        return parse(text, LocalDate.now(VietnamTime.ZONE));
    }

    /** Parses a zone, keeping the date of birth on or before {@code today}. */
    public static MrzDocument parse(String text, LocalDate today) {
        return MrzParser.parse(text, today);
    }

    /** Parses a zone and throws {@link DocumentReadException} when any check digit or field fails. */
    public static MrzDocument read(String text) {
        return read(text, LocalDate.now(VietnamTime.ZONE));
    }

    public static MrzDocument read(String text, LocalDate today) {
        MrzDocument document = parse(text, today);
        if (!document.valid()) {
            throw new DocumentReadException(document.problems());
        }
        return document;
    }

    /**
     * Writes a document as a zone, lines separated by {@code \n}, computing every check digit (its
     * {@code checks} and {@code problems} are ignored). Names too long for the field are truncated.
     *
     * @throws IllegalArgumentException when a field is longer than its place in the format
     */
    public static String format(MrzDocument document) {
        return MrzWriter.format(document);
    }

    /**
     * The 12-digit personal identification number a Vietnamese citizen ID card (TD1, issuing state {@code VNM})
     * carries in its optional data as {@code NNNNNNNNNNNN<<C}, {@code C} its check digit; the document number is
     * its last 9 digits (decision 0322). Empty when the zone does not carry one consistently.
     */
    public static java.util.Optional<String> citizenIdNumber(MrzDocument document) {
        String data = document.optionalData1();
        if (document.format() != MrzFormat.TD1 || !"VNM".equals(document.issuingState())
                || !data.matches("[0-9]{12}<<[0-9]")) {
            return java.util.Optional.empty();
        }
        String number = data.substring(0, 12);
        boolean consistent = checkDigit(number) == data.charAt(14) && number.endsWith(document.documentNumber());
        return consistent ? java.util.Optional.of(number) : java.util.Optional.empty();
    }

    /** The check digit of {@code data} (characters {@code A–Z 0–9 <}), weights 7, 3, 1. */
    public static char checkDigit(CharSequence data) {
        return CheckDigits.compute(data);
    }
}
