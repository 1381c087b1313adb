package org.onedoor.scan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.onedoor.scan.internal.ScanSamples.A4_200_HEIGHT;
import static org.onedoor.scan.internal.ScanSamples.A4_200_WIDTH;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onedoor.scan.ArchivalPdfRequest;
import org.onedoor.scan.ArchivalPdfRequest.QrStamp;
import org.onedoor.scan.ArchivalPdfRequest.Watermark;
import org.onedoor.scan.PdfA2bValidator;
import org.onedoor.scan.ScannedPage;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

class PdfaComposerTest {

    private final PdfaComposer composer = new PdfaComposer(0.9f, Clock.fixed(Instant.parse("2026-11-23T03:15:30Z"), ZoneOffset.UTC));

    private static ScannedPage a4At200Dpi(String text) {
        BufferedImage image = ScanSamples.page(A4_200_WIDTH, A4_200_HEIGHT, text);
        return new ScannedPage(image, 200, 200, ScannedPage.Resolution.METADATA);
    }

    private static ArchivalPdfRequest certifiedCopy() throws IOException {
        return ArchivalPdfRequest.of("Bản sao điện tử HN-2026-000123", List.of(a4At200Dpi("Trang 1"), a4At200Dpi("Trang 2")))
                .withAppendedPdf(ScanSamples.textPdf("LỜI CHỨNG: Chứng thực bản sao đúng với bản chính."))
                .withWatermark(new Watermark("TTPVHCC", Watermark.Style.DIAGONAL_AND_FOOTER, 0.2f))
                .withQrCode(new QrStamp(-1, "http://localhost:8080/verify/HN-2026-000123", "HN-2026-000123", 20, 200, 25));
    }

    @Test
    void aCertifiedCopyIsValidPdfA2b() throws IOException {
        byte[] pdf = composer.compose(certifiedCopy());

        assertThat(PdfA2bValidator.failures(pdf)).isEmpty();
    }

    @Test
    void scannedPagesKeepTheirPhysicalSizeAndResolution() throws IOException {
        try (PDDocument document = Loader.loadPDF(composer.compose(certifiedCopy()))) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, within(0.5f));  // 210 mm
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842.0f, within(0.5f)); // 297 mm
            PDImageXObject scan = (PDImageXObject) first.getResources().getXObject(first.getResources().getXObjectNames().iterator().next());
            assertThat(scan.getWidth()).isEqualTo(A4_200_WIDTH);
            assertThat(scan.getColorSpace().getNumberOfComponents()).isEqualTo(3);
            assertThat(scan.getCOSObject().getItem(COSName.FILTER)).isEqualTo(COSName.DCT_DECODE);
        }
    }

    @Test
    void theQrCodeOnTheLastPageDecodesToTheVerificationUrl() throws Exception {
        try (PDDocument document = Loader.loadPDF(composer.compose(certifiedCopy()))) {
            BufferedImage rendered = new PDFRenderer(document).renderImageWithDPI(2, 200);
            var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(rendered))));
            assertThat(result.getText()).isEqualTo("http://localhost:8080/verify/HN-2026-000123");
        }
    }

    @Test
    void watermarkAndStatementTextAreInTheDocumentWithEmbeddedFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(composer.compose(certifiedCopy()))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("TTPVHCC").contains("LỜI CHỨNG").contains("HN-2026-000123");
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            assertThat(document.getDocumentInformation().getCreator()).isEqualTo("OneDoor");
            assertThat(document.getDocumentCatalog().getOutputIntents()).hasSize(1);
        }
    }

    @Test
    void aCopyWithoutExtrasIsStillPdfA2b() {
        byte[] pdf = composer.compose(ArchivalPdfRequest.of("Scan", List.of(a4At200Dpi("only"))));

        assertThat(PdfA2bValidator.failures(pdf)).isEmpty();
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdf() throws IOException {
        // guards the two tests above: an ordinary PDF (no XMP identification, no output intent) must fail
        assertThat(PdfA2bValidator.failures(ScanSamples.textPdf("không phải PDF/A"))).isNotEmpty();
    }

    /** Measured for the benchmark: the PDF/A part of issuing a 2-page copy. */
    @Test
    void composesATwoPageCopyFromTwo200DpiA4ScansQuickly() throws IOException {
        ArchivalPdfRequest twoScans = ArchivalPdfRequest.of("Bản sao", List.of(a4At200Dpi("1"), a4At200Dpi("2")))
                .withWatermark(Watermark.diagonal("TTPVHCC"))
                .withQrCode(new QrStamp(0, "http://localhost:8080/verify/HN-2026-000123", "HN-2026-000123", 170, 10, 25));
        composer.compose(certifiedCopy()); // warm-up: class loading, font parsing, JIT
        long twoPages = medianMillis(twoScans);
        long withStatement = medianMillis(certifiedCopy());
        System.out.println("PDF/A-2b compose median of 7: 2 A4 colour scans at 200 dpi + watermark + QR " + twoPages
                + " ms; the same with an appended statement page " + withStatement + " ms");
        assertThat(twoPages).isLessThan(3000);
    }

    private long medianMillis(ArchivalPdfRequest request) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long start = System.nanoTime();
            composer.compose(request);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }
}
