package org.onedoor.ecopy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.iddocument.CitizenCard;
import org.onedoor.iddocument.CitizenCardQr;
import org.onedoor.iddocument.Mrz;
import org.onedoor.iddocument.MrzDocument;
import org.springframework.stereotype.Component;

/**
 * Reads the chip ID card at the kiosk: the QR code's text (the reader types it into a focused field) or the
 * back side's MRZ, through the iddocument module, which checks the structure of the ID number against date of birth
 * and sex, check digits and dates. An expired card is refused.
 */
@Component
public class CardReader {

    private final Clock clock;

    CardReader(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public Identification fromQr(String qrText) {
        if (qrText == null || qrText.isBlank()) {
            throw DomainException.invalid(List.of(new FieldViolation("qr", "ecopy.identify.qr.required")));
        }
        CitizenCard card = CitizenCardQr.parse(qrText.strip());
        List<FieldViolation> problems = CitizenCardQr.check(card, today());
        if (!problems.isEmpty()) {
            throw new org.onedoor.iddocument.DocumentReadException(problems);
        }
        return new Identification(card.idNumber(), card.fullName(), card.dateOfBirth(),
                card.sex() == null ? null : card.sex().name(), "QR");
    }

    public Identification fromMrz(String mrzText) {
        if (mrzText == null || mrzText.isBlank()) {
            throw DomainException.invalid(List.of(new FieldViolation("mrz", "ecopy.identify.mrz.required")));
        }
        MrzDocument mrz = Mrz.read(mrzText, today());
        List<FieldViolation> problems = new ArrayList<>();
        if (mrz.expiredOn(today())) {
            problems.add(new FieldViolation(MrzDocument.DATE_OF_EXPIRY, "ecopy.identify.card.expired"));
        }
        Optional<String> idNumber = Mrz.citizenIdNumber(mrz);
        if (idNumber.isEmpty()) {
            problems.add(new FieldViolation("mrz", "ecopy.identify.mrz.notCitizenCard"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        String sex = mrz.sex() == MrzDocument.Sex.MALE ? "MALE" : mrz.sex() == MrzDocument.Sex.FEMALE ? "FEMALE" : null;
        return new Identification(idNumber.get(), vietnameseOrder(mrz), mrz.dateOfBirth(), sex, "MRZ");
    }

    /** Vietnamese names are written family name first: NGUYEN VAN AN (the MRZ carries no diacritics). */
    static String vietnameseOrder(MrzDocument mrz) {
        List<String> parts = new ArrayList<>();
        parts.add(mrz.primaryIdentifier());
        parts.addAll(mrz.secondaryIdentifiers());
        return String.join(" ", parts).strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(VietnamTime.ZONE));
    }
}
