package org.onedoor.signing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.signing.ValidationReport;

/**
 * Not a test: the time to sign a 2-page PDF at B-LT (agency copy signature, demo PKI and TSA in the process) and to
 * validate it, after warm-up. Run with
 * {@code ./mvnw -q -B test -Dtest=SigningBenchmark -Dbenchmark=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SigningBenchmark {

    @Test
    void createTheDemoPki() throws Exception {
        java.nio.file.Path dir = Files.createTempDirectory("pki-benchmark");
        long t0 = System.nanoTime();
        org.onedoor.signing.demo.DemoPki pki = org.onedoor.signing.demo.DemoPki.openOrCreate(dir, "http://localhost");
        long t1 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            pki.agencyKeyStore("000.00." + i + ".H37", "Cơ quan " + i);
        }
        long t2 = System.nanoTime();
        org.onedoor.signing.demo.DemoPki.openOrCreate(dir, "http://localhost");
        long t3 = System.nanoTime();
        System.out.printf("BENCHMARK demo PKI: CAs + TSA %.0f ms; 50 agency PKCS#12 files %.0f ms (%.1f ms each); reopen %.0f ms%n",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t2 - t1) / 50e6, (t3 - t2) / 1e6);
    }

    @Test
    void signAndValidateATwoPagePdf() throws Exception {
        run("text", SigningFixture.pdf(2));
    }

    @Test
    void signAndValidateATwoPageScan() throws Exception {
        run("scan 200 dpi", scan(2));
    }

    /** Two A4 pages, each one 200 dpi colour JPEG (1654 x 2339), like a kiosk scan. */
    static byte[] scan(int pages) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            java.util.Random random = new java.util.Random(1);
            for (int p = 0; p < pages; p++) {
                java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(1654, 2339,
                        java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = image.createGraphics();
                g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(250, 245, 230), 1654, 2339,
                        new java.awt.Color(230, 235, 250)));
                g.fillRect(0, 0, 1654, 2339);
                g.setColor(java.awt.Color.DARK_GRAY);
                g.setFont(new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 36));
                for (int line = 0; line < 50; line++) {
                    g.drawString("Line " + line + " " + Long.toHexString(random.nextLong()), 150, 200 + line * 42);
                }
                g.dispose();
                java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
                javax.imageio.ImageIO.write(image, "jpg", jpeg);
                org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                        org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                document.addPage(page);
                var xobject = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document,
                        jpeg.toByteArray(), "scan" + p);
                try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                    content.drawImage(xobject, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void run(String what, byte[] pdf) throws Exception {
        SignatureRequest request = new SignatureRequest(Signer.agency(SigningFixture.AGENCY),
                SignatureAppearance.COPY_CERTIFICATION, "Sao y");
        for (int i = 0; i < 5; i++) {
            SigningFixture.VALIDATOR.validate(SigningFixture.SIGNER.sign(pdf, request).pdf());
        }
        int runs = 20;
        long[] sign = new long[runs];
        long[] validate = new long[runs];
        SignedDocument signed = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            signed = SigningFixture.SIGNER.sign(pdf, request);
            long t1 = System.nanoTime();
            ValidationReport report = SigningFixture.VALIDATOR.validate(signed.pdf());
            long t2 = System.nanoTime();
            sign[i] = t1 - t0;
            validate[i] = t2 - t1;
            if (report.indication() != org.onedoor.signing.Indication.TOTAL_PASSED) {
                throw new AssertionError(report);
            }
        }
        Files.write(Path.of("target", "signing-benchmark-sample.pdf"), signed.pdf());
        System.out.printf("BENCHMARK " + what + " sign 2-page B-LT: median %.0f ms, p90 %.0f ms; validate: median %.0f ms, p90 %.0f ms (%d runs, %d bytes)%n",
                percentile(sign, 50), percentile(sign, 90), percentile(validate, 50), percentile(validate, 90), runs,
                signed.pdf().length);
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
