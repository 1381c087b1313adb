package org.onedoor.ecopy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.onedoor.ecopy.internal.CopyIssuer;
import org.onedoor.ecopy.internal.CopyRequests;
import org.onedoor.ecopy.internal.KioskJourney;
import org.onedoor.ecopy.internal.KioskPayment;
import org.onedoor.ecopy.internal.KioskRecognition;
import org.onedoor.ecopy.internal.OfficerReview;
import org.onedoor.ecopy.internal.RegisterEntry;
import org.onedoor.identity.Officers;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.ValidationReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: the machine's part of issuing a certified copy of a 2-page original (OCR of both pages, PDF/A-2b
 * composition, the officer's and the agency's PAdES signatures, storage and the register's two transactions), the
 * validation of a signed copy, and copies per minute with two kiosks working at once. In-process on the embedded
 * PostgreSQL with durable commits; the citizen's and officer's time (face, approval, payment) is not counted. Run
 * with {@code bench/ecopy-issue.sh} (docs/benchmarks.md).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@SpringBootTest(properties = {"onedoor.database.durable=true", "logging.level.eu.europa.esig=ERROR"})
@ActiveProfiles("test")
class EcopyIssueBenchmark {

    @Autowired KioskJourney journey;
    @Autowired KioskRecognition recognition;
    @Autowired OfficerReview review;
    @Autowired KioskPayment payment;
    @Autowired Officers officers;
    @Autowired CopyRequests requests;
    @Autowired CopyIssuer issuer;
    @Autowired CertifiedCopies copies;
    @Autowired SignatureValidator validator;

    record Timing(long ocr, long issue) {
        long total() {
            return ocr + issue;
        }
    }

    Timing oneCopy(ScannedRequests kiosk, String name) throws Exception {
        UUID id = kiosk.scanned(name);
        long t0 = System.nanoTime();
        kiosk.recognise(id);
        long t1 = System.nanoTime();
        kiosk.approveAndPay(id);   // the officer and the citizen: not the machine's time
        long t2 = System.nanoTime();
        RegisterEntry e = issuer.issue(id);
        long t3 = System.nanoTime();
        if (!e.issued()) {
            throw new AssertionError("not issued: " + e);
        }
        return new Timing(t1 - t0, t3 - t2);
    }

    @Test
    void issueValidateAndTwoKiosks() throws Exception {
        ScannedRequests kiosk = new ScannedRequests(journey, recognition, review, payment, officers, requests);
        for (int i = 0; i < 5; i++) {
            oneCopy(kiosk, "Khởi động " + i);
        }
        int runs = 20;
        long[] ocr = new long[runs];
        long[] issue = new long[runs];
        long[] total = new long[runs];
        String lastCode = null;
        for (int i = 0; i < runs; i++) {
            Timing t = oneCopy(kiosk, "Đo lường " + i);
            ocr[i] = t.ocr();
            issue[i] = t.issue();
            total[i] = t.total();
        }
        lastCode = copies.ofHolder("001090012345").get(0).code();
        byte[] pdf = copies.content(lastCode).orElseThrow();
        for (int i = 0; i < 5; i++) {
            validator.validate(pdf);
        }
        long[] validation = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ValidationReport report = validator.validate(pdf);
            validation[i] = System.nanoTime() - t0;
            if (report.indication() != Indication.TOTAL_PASSED) {
                throw new AssertionError(report);
            }
        }
        System.out.printf("BENCHMARK ecopy machine part, 2-page copy (%d runs): median %.0f ms (p90 %.0f ms) = OCR %.0f ms + "
                        + "PDF/A, two signatures, storage %.0f ms; copy size %d KiB%n", runs, median(total), p90(total),
                median(ocr), median(issue), pdf.length / 1024);
        System.out.printf("BENCHMARK ecopy validation of a signed copy (%d runs): median %.0f ms (p90 %.0f ms)%n", runs,
                median(validation), p90(validation));

        // two kiosks, each issuing one copy after the other (the machine's part only)
        int perKiosk = 10;
        ExecutorService two = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            int kioskNo = k;
            done.add(two.submit(() -> {
                for (int i = 0; i < perKiosk; i++) {
                    oneCopy(kiosk, "Ki-ốt " + kioskNo + " lượt " + i);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double minutes = (System.nanoTime() - start) / 60e9;
        two.shutdown();
        System.out.printf("BENCHMARK ecopy two kiosks in parallel: %d copies in %.1f s = %.1f copies/min "
                        + "(wall time includes the untimed approval and payment steps, a few ms each)%n",
                2 * perKiosk, minutes * 60, 2 * perKiosk / minutes);
    }

    static double median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }

    static double p90(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.9) - 1] / 1e6;
    }
}
