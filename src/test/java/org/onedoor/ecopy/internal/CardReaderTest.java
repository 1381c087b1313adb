package org.onedoor.ecopy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;

class CardReaderTest {

    final CardReader reader = new CardReader(Optional.of(Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC)));

    @Test
    void theCardsQrCodeGivesNumberNameBirthDateAndSex() {
        Identification who = reader.fromQr("001090012345||Nguyễn Văn An|12051990|Nam|1 Tràng Tiền, Hoàn Kiếm, Hà Nội|01072021");
        assertThat(who).isEqualTo(new Identification("001090012345", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "MALE", "QR"));
    }

    @Test
    void aQrCodeWhoseNumberDisagreesWithTheSexIsRefused() {
        assertThatThrownBy(() -> reader.fromQr("001090012345||Nguyễn Thị An|12051990|Nữ|Hà Nội|01072021"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anEmptyScanIsAFieldError() {
        assertThatThrownBy(() -> reader.fromQr("  "))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).extracting("field").containsExactly("qr"));
    }

    static final String QR = "001090012345||Nguyễn Văn An|12051990|Nam|1 Tràng Tiền, Hoàn Kiếm, Hà Nội|01072021";

    @Test
    void aCameraPhotoOfTheQrCodeIsDecoded() throws Exception {
        Identification who = reader.fromQrImage(org.onedoor.ecopy.ScanImages.cardQrPhoto(QR));
        assertThat(who).isEqualTo(new Identification("001090012345", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "MALE", "QR_PHOTO"));
    }

    @Test
    void aPhotoWithoutAQrCodeOrNotAnImageIsAFieldErrorSayingWhich() throws Exception {
        java.io.ByteArrayOutputStream blank = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(640, 480, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", blank);

        assertThatThrownBy(() -> reader.fromQrImage(blank.toByteArray()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting("field", "messageKey").containsExactly(org.assertj.core.groups.Tuple.tuple("qrImage", "ecopy.identify.qrImage.notFound")));
        assertThatThrownBy(() -> reader.fromQrImage("MZ\u0090 not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting("messageKey").containsExactly("ecopy.identify.qrImage.unreadable"));
    }

    @Test
    void aQrCodeOfAnotherKindOfTextIsRefusedLikeATypedOne() throws Exception {
        assertThatThrownBy(() -> reader.fromQrImage(org.onedoor.ecopy.ScanImages.cardQrPhoto("https://example.vn/not-a-card")))
                .isInstanceOf(DomainException.class);
    }
}
