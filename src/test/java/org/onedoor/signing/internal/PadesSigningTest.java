package org.onedoor.signing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignatureValidation;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.signing.ValidationReport;

class PadesSigningTest {

    private static final SignatureRequest COPY = new SignatureRequest(Signer.agency(SigningFixture.AGENCY),
            SignatureAppearance.COPY_CERTIFICATION, "Chứng thực bản sao từ bản chính");

    @Test
    void anAgencyCopySignatureIsTimeStampedWithRevocationDataAndPasses() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        SignedDocument signed = SigningFixture.SIGNER.sign(SigningFixture.pdf(2), COPY);

        assertThat(signed.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(signed.signerName()).isEqualTo(SigningFixture.AGENCY_NAME);
        assertThat(signed.sha256()).isEqualTo(PadesDocumentSigner.sha256(signed.pdf()));
        assertThat(signed.signingTime()).isBetween(before, Instant.now());
        assertThat(SigningFixture.AUDITED).contains("signing.sign " + signed.sha256() + " agency "
                + SigningFixture.AGENCY + " COPY_CERTIFICATION PAdES-BASELINE-LT certificate " + signed.certificateSerial());

        ValidationReport report = SigningFixture.VALIDATOR.validate(signed.pdf());
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.readable()).isTrue();
        assertThat(report.modifiedAfterSigning()).isFalse();
        SignatureValidation signature = report.signatures().get(0);
        assertThat(signature.subIndication()).isNull();
        assertThat(signature.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(signature.signerName()).isEqualTo(SigningFixture.AGENCY_NAME);
        assertThat(signature.chain()).hasSize(3);
        assertThat(signature.chain().get(2)).contains("OneDoor Demo Root CA");
        assertThat(signature.errors()).isEmpty();
    }

    @Test
    void theCopyTextIsAtTheTopRightOfPageOneInVietnamTime() throws IOException {
        SignedDocument signed = SigningFixture.SIGNER.sign(SigningFixture.pdf(2), COPY);

        try (PDDocument document = Loader.loadPDF(signed.pdf())) {
            PDPage first = document.getPage(0);
            float width = first.getMediaBox().getWidth();
            String topRight = textIn(document, first, new Rectangle2D.Float(width / 2, 0, width / 2, 100));
            String topLeft = textIn(document, first, new Rectangle2D.Float(0, 0, width / 2, 100));
            assertThat(topRight).contains("SAO Y").contains(SigningFixture.AGENCY_NAME)
                    .containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2} \\+07:00");
            assertThat(topRight).contains(Appearances.COPY_TIME.format(signed.signingTime()).substring(0, 10));
            assertThat(topLeft).doesNotContain("SAO Y");
            String secondPage = textIn(document, document.getPage(1), new Rectangle2D.Float(0, 0, width, 100));
            assertThat(secondPage).doesNotContain("SAO Y");
        }
        // Times-like (Decree 30/2020 asks for Times New Roman 10 pt): Liberation Serif, metric-compatible, embedded
        assertThat(new String(signed.pdf(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("LiberationSerif");
    }

    @Test
    void anOfficerSignatureWithSealAndASecondAgencySignatureBothPassUnmodified() {
        SignedDocument byOfficer = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), new SignatureRequest(
                Signer.officer(SigningFixture.OFFICER), SignatureAppearance.SIGNATURE_WITH_SEAL, null));
        SignedDocument both = SigningFixture.SIGNER.sign(byOfficer.pdf(), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null));

        ValidationReport report = SigningFixture.VALIDATOR.validate(both.pdf());
        assertThat(report.signatures()).extracting(SignatureValidation::signerName)
                .containsExactlyInAnyOrder("Nguyễn Văn Đức", SigningFixture.AGENCY_NAME);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.indication()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.modifiedAfterSigning()).isFalse();
    }

    @Test
    void bytesChangedInsideTheSignedRangeFailWithAHashFailure() {
        byte[] pdf = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), COPY).pdf();
        int mediaBox = indexOf(pdf, "/MediaBox [0.0 0.0 595.27563 841.8898]");
        assertThat(mediaBox).as("page size in the original revision").isPositive();
        pdf[mediaBox + "/MediaBox [0.0 0.0 59".length()] = '4'; // 595.27563 -> 594.27563: same length, same offsets

        ValidationReport report = SigningFixture.VALIDATOR.validate(pdf);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.signatures().get(0).subIndication()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void contentAppendedAfterSigningIsReportedAsAModification() throws IOException {
        byte[] signed = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), COPY).pdf();

        byte[] altered = PdfChanges.appendTextToFirstPage(signed, "Đã sửa sau khi ký");

        ValidationReport report = SigningFixture.VALIDATOR.validate(altered);
        assertThat(report.modifiedAfterSigning()).isTrue();
        assertThat(SigningFixture.VALIDATOR.validate(signed).modifiedAfterSigning()).isFalse();
    }

    @Test
    void anAnnotationLaidOverTheTextAfterSigningIsReportedAsAModification() throws IOException {
        byte[] signed = SigningFixture.SIGNER.sign(SigningFixture.pdf(1), COPY).pdf();

        byte[] covered = PdfChanges.coverFirstPageWithAnAnnotation(signed);

        assertThat(covered.length).isGreaterThan(signed.length);
        assertThat(SigningFixture.VALIDATOR.validate(covered).modifiedAfterSigning()).isTrue();
    }

    @Test
    void unknownSignersAndDeskOfficersCannotSign() {
        byte[] pdf = SigningFixture.pdf(1);
        assertThatThrownBy(() -> SigningFixture.SIGNER.sign(pdf, new SignatureRequest(Signer.agency("000.99.99.H99"),
                SignatureAppearance.INVISIBLE, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> SigningFixture.SIGNER.sign(pdf, new SignatureRequest(Signer.officer("motcua.giaphu"),
                SignatureAppearance.INVISIBLE, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("signing.error.no-key"));
    }

    @Test
    void bytesThatAreNotAPdfAreRefused() {
        assertThatThrownBy(() -> SigningFixture.SIGNER.sign("hello".getBytes(), COPY))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("signing.error.not-pdf"));
        assertThatThrownBy(() -> SigningFixture.SIGNER.sign("%PDF-1.7 broken".getBytes(), new SignatureRequest(
                Signer.agency(SigningFixture.AGENCY), SignatureAppearance.INVISIBLE, null)))
                .isInstanceOf(DomainException.class);
    }

    /**
     * Text in an area (from the top-left corner) of a page as printed: the page's content plus the appearance
     * streams of its annotations (where a visible signature lives), drawn onto a scratch page at their rectangles.
     */
    private static String textIn(PDDocument document, PDPage page, Rectangle2D area) throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            PDPage printed = new PDPage(page.getMediaBox());
            scratch.addPage(printed);
            try (PDPageContentStream content = new PDPageContentStream(scratch, printed)) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    PDAppearanceStream appearance = annotation.getNormalAppearanceStream();
                    if (appearance == null) {
                        continue;
                    }
                    PDRectangle rect = annotation.getRectangle();
                    PDRectangle box = appearance.getBBox();
                    content.saveGraphicsState();
                    content.transform(Matrix.getTranslateInstance(rect.getLowerLeftX() - box.getLowerLeftX(),
                            rect.getLowerLeftY() - box.getLowerLeftY()));
                    content.drawForm(appearance);
                    content.restoreGraphicsState();
                }
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("r", area);
            stripper.extractRegions(page);
            String pageText = stripper.getTextForRegion("r");
            stripper.extractRegions(printed);
            return pageText + stripper.getTextForRegion("r");
        }
    }

    static int indexOf(byte[] bytes, String text) {
        byte[] needle = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
