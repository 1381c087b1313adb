package org.onedoor.ecopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.ecopy.internal.CopyIssuer;
import org.onedoor.ecopy.internal.CopyRequests;
import org.onedoor.ecopy.internal.KioskJourney;
import org.onedoor.ecopy.internal.KioskPayment;
import org.onedoor.ecopy.internal.KioskRecognition;
import org.onedoor.ecopy.internal.OfficerReview;
import org.onedoor.ecopy.internal.RegisterEntry;
import org.onedoor.identity.Officers;
import org.onedoor.scan.PdfA2bValidator;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The issued copy itself: PDF/A-2b (veraPDF), both signatures valid for an independent verifier (poppler's pdfsig),
 * the scanned pages at 100 % then the statement page with the official wording, number, code and verification link,
 * the watermark; and a retry after a crash between reserving the number and recording the copy finishes it with the
 * same number and code.
 */
@SpringBootTest
@ActiveProfiles("test")
class IssuedCopyIntegrationTest {

    @Autowired KioskJourney journey;
    @Autowired KioskRecognition recognition;
    @Autowired OfficerReview review;
    @Autowired KioskPayment payment;
    @Autowired Officers officers;
    @Autowired CopyRequests requests;
    @Autowired CopyIssuer issuer;
    @Autowired CertifiedCopies copies;
    @Autowired SignatureValidator validator;
    @Autowired JdbcClient jdbc;

    ScannedRequests kiosk;

    @BeforeEach
    void kiosk() {
        kiosk = new ScannedRequests(journey, recognition, review, payment, officers, requests);
    }

    UUID paid(String name) throws Exception {
        UUID id = kiosk.scanned(name);
        kiosk.recognise(id);
        kiosk.approveAndPay(id);
        return id;
    }

    @Test
    void theCopyIsPdfA2bWithTheScansAtFullSizeTheStatementAndTwoValidSignatures(@TempDir Path dir) throws Exception {
        RegisterEntry entry = issuer.issue(paid("Hoàng Văn Long"));
        byte[] pdf = copies.content(entry.code()).orElseThrow();

        assertThat(PdfA2bValidator.failures(pdf)).isEmpty();
        var report = validator.validate(pdf);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures()).hasSize(2);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            // 1654 × 2339 px at 200 dpi is an A4 sheet: 595 × 842 pt
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.4f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isCloseTo(842.0f, org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            String statement = stripper.getText(doc);
            assertThat(statement).contains("Chứng thực bản sao đúng với bản chính")
                    .contains("Số chứng thực: " + entry.sequence() + ", quyển số 01/" + entry.registerYear() + "-SCT/BS")
                    .contains(entry.code()).contains("/verify/" + entry.code()).contains(entry.officerName());
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains("TTPVHCCTTPVHCC");   // diagonal, on every page
        }

        Assumptions.assumeTrue(onPath("pdfsig"), "SKIPPED pdfsig part: pdfsig (Debian poppler-utils) is not installed");
        Path file = dir.resolve("copy.pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output.split("Signature Validation: Signature is Valid", -1)).as(output).hasSize(3);
    }

    @Test
    void aRetryAfterACrashBetweenReservingAndRecordingKeepsTheNumberAndTheCode() throws Exception {
        UUID id = paid("Vũ Thị Lan");
        RegisterEntry first = issuer.issue(id);
        // the state a crash after step 1 (number reserved) and before step 3 (copy recorded) leaves behind
        jdbc.sql("update ecopy.certified_copy set sha256 = null, size = null, issued_at = null where code = :c")
                .param("c", first.code()).update();
        jdbc.sql("update ecopy.copy_request set state = 'PAID' where id = :id").param("id", id).update();

        RegisterEntry retried = issuer.issue(id);
        assertThat(retried.code()).isEqualTo(first.code());
        assertThat(retried.certificationNumber()).isEqualTo(first.certificationNumber());
        assertThat(retried.issued()).isTrue();
        assertThat(issuer.issue(id).sha256()).isEqualTo(retried.sha256());
        assertThat(jdbc.sql("select count(*) from ecopy.certified_copy where request_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(1);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
