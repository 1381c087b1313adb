package org.onedoor.ecopy.internal;

import java.awt.image.BufferedImage;
import java.util.List;

import org.onedoor.common.DomainException;
import org.springframework.stereotype.Component;

/**
 * Composes the unsigned copy: the scanned pages at 100 %, the certification statement page, the watermark and the
 * QR code to the verification page, as PDF/A-2b through the scan module's archival PDF composer.
 */
@Component
public class CopyComposer {

    public byte[] compose(List<BufferedImage> pages, List<String> statement, String watermark, String qrUrl,
                          RegisterEntry entry) {
        // the scan module's ArchivalPdf is not on this branch yet
        throw new DomainException(DomainException.Kind.UNPROCESSABLE, "ecopy.compose.unavailable");
    }
}
