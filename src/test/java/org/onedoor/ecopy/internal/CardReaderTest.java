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
}
