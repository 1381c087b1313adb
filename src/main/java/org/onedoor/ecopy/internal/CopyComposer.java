package org.onedoor.ecopy.internal;

import java.util.List;

import org.onedoor.scan.ArchivalPdf;
import org.onedoor.scan.ArchivalPdfRequest;
import org.onedoor.scan.ScannedPage;
import org.springframework.stereotype.Component;

/**
 * Composes the unsigned copy through the scan module's archival PDF composer (PDF/A-2b): the scanned pages at
 * 100 %, the certification statement page after them, the watermark on every page and, on the statement page, the
 * QR code to the public verification page with the identification code under it.
 */
@Component
public class CopyComposer {

    /** QR code position on the statement page, from its top-left corner (below the signature block). */
    static final double QR_LEFT_MM = 25;
    static final double QR_TOP_MM = 215;
    static final double QR_SIZE_MM = 32;

    private final ArchivalPdf archival;

    CopyComposer(ArchivalPdf archival) {
        this.archival = archival;
    }

    public byte[] compose(List<ScannedPage> pages, List<String> statement, String watermark, String qrUrl,
                          RegisterEntry entry) {
        ArchivalPdfRequest request = ArchivalPdfRequest.of("Bản sao điện tử chứng thực số " + entry.certificationNumber(), pages)
                .withAppendedPdf(StatementPage.pdf(statement))
                .withQrCode(new ArchivalPdfRequest.QrStamp(-1, qrUrl, entry.code(), QR_LEFT_MM, QR_TOP_MM, QR_SIZE_MM));
        if (watermark != null && !watermark.isBlank()) {
            request = request.withWatermark(ArchivalPdfRequest.Watermark.diagonal(watermark));
        }
        return archival.compose(request);
    }
}
