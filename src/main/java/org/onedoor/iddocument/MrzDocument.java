package org.onedoor.iddocument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onedoor.common.FieldViolation;

/**
 * The fields of a machine-readable zone, read even when check digits fail (so the border guard's screen can show
 * them), with the result of every check digit and the list of problems found.
 *
 * @param format               the layout
 * @param documentCode         1–2 letters, fillers removed ({@code P}, {@code ID}, {@code I}, {@code V} …)
 * @param issuingState         3-letter code of the issuing state or organisation, fillers removed ({@code D})
 * @param documentNumber       the document number, fillers removed; TD1/TD2 numbers longer than 9 characters
 *                             include their continuation from the optional data
 * @param primaryIdentifier    surname(s), words separated by spaces
 * @param secondaryIdentifiers given names in order
 * @param nameTruncated        the name field is full to its last position, so the name may have been truncated
 * @param nationality          3-letter nationality code, fillers removed
 * @param dateOfBirth          null when unknown (fillers) or not a date
 * @param sex                  null when the character is not one of {@code M F X <}
 * @param dateOfExpiry         null when not a date
 * @param optionalData1        optional data (TD1 line 1, TD3 personal number, TD2 and visas' only optional
 *                             field), trailing fillers removed; empty when none
 * @param optionalData2        TD1 line 2 optional data, trailing fillers removed; empty for other formats
 * @param checks               every check digit of the format, in zone order
 * @param problems             one violation per failing check or unreadable field, field named as in
 *                             {@link #DOCUMENT_NUMBER} …; empty when the zone is valid
 */
public record MrzDocument(MrzFormat format, String documentCode, String issuingState, String documentNumber,
        String primaryIdentifier, List<String> secondaryIdentifiers, boolean nameTruncated, String nationality,
        LocalDate dateOfBirth, Sex sex, LocalDate dateOfExpiry, String optionalData1, String optionalData2,
        List<CheckDigit> checks, List<FieldViolation> problems) {

    public static final String DOCUMENT_NUMBER = "mrz.documentNumber";
    public static final String DATE_OF_BIRTH = "mrz.dateOfBirth";
    public static final String DATE_OF_EXPIRY = "mrz.dateOfExpiry";
    /** TD3 personal number (optional data) check digit. */
    public static final String OPTIONAL_DATA = "mrz.optionalData";
    public static final String COMPOSITE = "mrz.composite";
    public static final String SEX = "mrz.sex";
    public static final String NAME = "mrz.name";

    public MrzDocument {
        secondaryIdentifiers = List.copyOf(secondaryIdentifiers);
        checks = List.copyOf(checks);
        problems = List.copyOf(problems);
    }

    /** Sex as printed: {@code M}, {@code F}, {@code X} (unspecified) or the filler {@code <} (not stated). */
    public enum Sex {
        MALE('M'), FEMALE('F'), UNSPECIFIED('X'), NOT_STATED('<');

        private final char code;

        Sex(char code) {
            this.code = code;
        }

        public char code() {
            return code;
        }

        public static Optional<Sex> of(char code) {
            for (Sex s : values()) {
                if (s.code == code) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One check digit: the field it protects, the digit printed in the zone and the one computed from the data.
     */
    public record CheckDigit(String field, char printed, char computed) {

        public boolean passed() {
            return printed == computed;
        }
    }

    /** Every check digit matched and every field could be read. */
    public boolean valid() {
        return problems.isEmpty();
    }

    /** Whether the document has expired by {@code today} (it is valid through its expiry date). */
    public boolean expiredOn(LocalDate today) {
        return dateOfExpiry != null && dateOfExpiry.isBefore(today);
    }

    /** The check digit of a field (e.g. {@link #DATE_OF_BIRTH}), if the format has one. */
    public Optional<CheckDigit> check(String field) {
        return checks.stream().filter(c -> c.field().equals(field)).findFirst();
    }

    /** Given names then surname, as a person would write them: {@code ANNA MARIA ERIKSSON}. */
    public String fullName() {
        return secondaryIdentifiers.isEmpty() ? primaryIdentifier
                : String.join(" ", secondaryIdentifiers) + " " + primaryIdentifier;
    }
}
