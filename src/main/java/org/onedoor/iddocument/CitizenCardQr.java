package org.onedoor.iddocument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.FieldViolation;
import org.onedoor.iddocument.internal.CitizenCardQrParser;
import org.onedoor.identity.CitizenIdNumber;

/**
 * The QR code of the chip citizen ID card: {@code ID|oldID|full name|ddMMyyyy|Nam or Nữ|address|ddMMyyyy}, UTF-8
 * (DOMAIN.md §10), as the kiosk's keyboard-wedge scanner types it. See decision 0321 for the tolerated variants.
 */
public final class CitizenCardQr {

    private CitizenCardQr() {
    }

    /**
     * Reads the QR text.
     *
     * @throws DocumentReadException with one violation per malformed field (field {@code cccd.<component>}, keys
     *                               {@code iddocument.cccd.*})
     */
    public static CitizenCard parse(String qrText) {
        return CitizenCardQrParser.parse(qrText);
    }

    /**
     * Checks a card read from its QR code: the ID number's structure (province, sex-and-century digit, birth year)
     * against the date of birth and sex, and dates not in the future (issue date not before birth).
     *
     * @return the violations, empty when the card is consistent
     */
    public static List<FieldViolation> check(CitizenCard card, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        CitizenIdNumber.problemWith(card.idNumber(), card.dateOfBirth()).ifPresent(problem -> violations.add(
                new FieldViolation("cccd.idNumber", switch (problem) {
                    case FORMAT -> "iddocument.cccd.id-format";
                    case PROVINCE -> "iddocument.cccd.id-province";
                    case BIRTH_YEAR -> "iddocument.cccd.id-birth-year";
                })));
        if (CitizenIdNumber.valid(card.idNumber())) {
            CitizenIdNumber.Sex idSex = CitizenIdNumber.parse(card.idNumber()).sex();
            if (card.sex() != null && !idSex.name().equals(card.sex().name())) {
                violations.add(new FieldViolation("cccd.sex", "iddocument.cccd.id-sex"));
            }
        }
        if (card.dateOfBirth() != null && card.dateOfBirth().isAfter(today)) {
            violations.add(new FieldViolation("cccd.dateOfBirth", "iddocument.cccd.future-date"));
        }
        if (card.issueDate() != null && card.issueDate().isAfter(today)) {
            violations.add(new FieldViolation("cccd.issueDate", "iddocument.cccd.future-date"));
        }
        if (card.issueDate() != null && card.dateOfBirth() != null
                && card.issueDate().isBefore(card.dateOfBirth())) {
            violations.add(new FieldViolation("cccd.issueDate", "iddocument.cccd.issued-before-birth"));
        }
        return violations;
    }
}
