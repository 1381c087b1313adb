package org.onedoor.ecopy.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.iddocument.CitizenCard;
import org.onedoor.iddocument.CitizenCardQr;
import org.onedoor.iddocument.Mrz;
import org.onedoor.iddocument.MrzDocument;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/**
 * Reads the chip ID card at the kiosk: the QR code's text (the reader types it into a focused field), a camera
 * photo of that QR code (decoded with ZXing), or the back side's MRZ, through the iddocument module, which checks the structure of the ID number against date of birth
 * and sex, check digits and dates. An expired card is refused.
 */
@Component
public class CardReader {

    private final Clock clock;

    CardReader(Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Largest photo decoded, in pixels (a 12-megapixel phone camera is 4000 × 3000). */
    static final long MAX_PHOTO_PIXELS = 24_000_000L;

    /**
     * A camera photo of the card's QR code. The photo's declared size is checked before it is decoded (no
     * decompression bombs); a photo that is not an image or shows no readable QR code is a field error on
     * {@code qrImage}.
     */
    public Identification fromQrImage(byte[] photo) {
        BufferedImage image = readPhoto(photo);
        String text;
        try {
            Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
            hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
            hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
            hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
            text = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), hints).getText();
        } catch (NotFoundException e) {
            throw DomainException.invalid(List.of(new FieldViolation("qrImage", "ecopy.identify.qrImage.notFound")));
        }
        Identification read = fromQr(text);
        return new Identification(read.idNumber(), read.fullName(), read.birthDate(), read.sex(), "QR_PHOTO");
    }

    private static BufferedImage readPhoto(byte[] photo) {
        if (photo == null || photo.length == 0) {
            throw DomainException.invalid(List.of(new FieldViolation("qrImage", "ecopy.identify.qr.required")));
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PHOTO_PIXELS) {
                    throw unreadable();
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unreadable();
        }
    }

    private static DomainException unreadable() {
        return DomainException.invalid(List.of(new FieldViolation("qrImage", "ecopy.identify.qrImage.unreadable")));
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
