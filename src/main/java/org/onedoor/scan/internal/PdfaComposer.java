package org.onedoor.scan.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.onedoor.scan.ArchivalPdf;
import org.onedoor.scan.ArchivalPdfRequest;
import org.onedoor.scan.ScannedPage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * PDF/A-2b with PDFBox 3. Each scanned page becomes a page of exactly the original's size at its resolution
 * (100 % scale) carrying the scan as one colour JPEG image (decision 0344); appended pages are copied in;
 * watermark and QR codes are drawn on top; the PDF/A identification comes last so that nothing appended can
 * override it. Saved in one piece (no incremental update): signers append theirs.
 */
@Component
class PdfaComposer implements ArchivalPdf {

    private final float jpegQuality;
    private final Clock clock;

    @Autowired
    PdfaComposer(ScanProperties settings) {
        this(settings.jpegQuality(), Clock.systemUTC());
    }

    PdfaComposer(float jpegQuality, Clock clock) {
        this.jpegQuality = jpegQuality;
        this.clock = clock;
    }

    @Override
    public byte[] compose(ArchivalPdfRequest request) {
        try (PDDocument document = new PDDocument()) {
            document.setVersion(1.7f);
            for (ScannedPage scan : request.pages()) {
                addScannedPage(document, scan);
            }
            PDDocument appended = request.appendedPdf() == null ? null : Loader.loadPDF(request.appendedPdf());
            try {
                if (appended != null) {
                    new PDFMergerUtility().appendDocument(document, appended);
                }
                PageMarks marks = new PageMarks(document);
                if (request.watermark() != null) {
                    for (PDPage page : document.getPages()) {
                        marks.watermark(page, request.watermark());
                    }
                }
                int pageCount = document.getNumberOfPages();
                for (ArchivalPdfRequest.QrStamp stamp : request.qrCodes()) {
                    int index = stamp.pageIndex() < 0 ? pageCount + stamp.pageIndex() : stamp.pageIndex();
                    if (index < 0 || index >= pageCount) {
                        throw new IllegalArgumentException("QR code on page " + stamp.pageIndex() + " of " + pageCount);
                    }
                    marks.qrCode(document.getPage(index), stamp);
                }
                PdfaIdentification.apply(document, request.title(), clock.instant());
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } finally {
                if (appended != null) {
                    appended.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compose archival PDF " + request.title(), e);
        }
    }

    private void addScannedPage(PDDocument document, ScannedPage scan) throws IOException {
        float width = scan.widthPoints();
        float height = scan.heightPoints();
        PDPage page = new PDPage(new PDRectangle(width, height));
        document.addPage(page);
        PDImageXObject image = JPEGFactory.createFromImage(document, scan.image(), jpegQuality,
                (int) Math.round(scan.dpi()));
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            out.drawImage(image, 0, 0, width, height);
        }
    }
}
