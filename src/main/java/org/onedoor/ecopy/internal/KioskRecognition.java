package org.onedoor.ecopy.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.onedoor.audit.AuditTrail;
import org.onedoor.recognition.DocumentRecognizer;
import org.onedoor.recognition.DocumentType;
import org.onedoor.recognition.RecognitionResult;
import org.onedoor.scan.ScannedPage;
import org.onedoor.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Step 4: recognise the scanned original (OCR outside any transaction: it takes seconds), then decide whether the
 * machine may go on alone or an officer must look, and why: what the recognizer could not verify, and a face that
 * no verifier confirmed. The fee is set here from the number of pages.
 */
@Service
public class KioskRecognition {

    /** Review reason: no verifier confirmed the face; an officer compares the photo with the card. */
    public static final String FACE_REASON = "ecopy.review.face";
    /** Review reason: no recognizer is installed in this application. */
    public static final String NO_RECOGNIZER_REASON = "ecopy.review.noRecognizer";

    private static final Logger log = LoggerFactory.getLogger(KioskRecognition.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KioskJourney journey;
    private final CopyRequests requests;
    private final ObjectProvider<DocumentRecognizer> recognizer;
    private final FileStore files;
    private final CopyFee fee;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    KioskRecognition(KioskJourney journey, CopyRequests requests, ObjectProvider<DocumentRecognizer> recognizer,
                     FileStore files, CopyFee fee, AuditTrail audit, PlatformTransactionManager transactions,
                     Optional<Clock> clock) {
        this.journey = journey;
        this.requests = requests;
        this.recognizer = recognizer;
        this.files = files;
        this.fee = fee;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public CopyRequest recognise(UUID id, String token) {
        journey.lockForStep(id, token);   // checks the secret and the session's expiry (no lock held: no transaction)
        return recogniseScanned(id);
    }

    /** Recognises a scanned request (also for the scanner folder, which has no session secret). */
    public CopyRequest recogniseScanned(UUID id) {
        CopyRequest before = requests.find(id).orElseThrow(() -> org.onedoor.common.DomainException.notFound("ecopy.request.notFound"));
        KioskJourney.requireState(before, RequestState.SCANNED);
        RecognitionResult result = run(pages(before).stream().map(ScannedPage::image).toList());
        return tx.execute(status -> {
            CopyRequest r = requests.lock(id).orElseThrow();
            KioskJourney.requireState(r, RequestState.SCANNED);
            if (!r.scanSha256().equals(before.scanSha256())) {   // rescanned meanwhile: recognise again
                throw new org.onedoor.common.DomainException(org.onedoor.common.DomainException.Kind.CONFLICT,
                        "ecopy.request.wrongState", r.state().name());
            }
            List<String> reasons = new ArrayList<>(result.problems());
            if (!r.faceSettled()) {
                reasons.add(FACE_REASON);
            }
            RequestState next = reasons.isEmpty() ? RequestState.RECOGNISED : RequestState.AWAITING_OFFICER_REVIEW;
            requests.recognition(id, result.type().name(), JSON.writeValueAsString(result.fields()), result.problems(),
                    result.meanConfidence(), reasons, fee.forPages(r.scanSha256().size()), next, clock.instant());
            audit.record("ecopy.recognise", "copy-request", id.toString(), "type " + result.type()
                    + (reasons.isEmpty() ? ", verified by the machine" : ", to officer review: " + String.join(", ", reasons)));
            return requests.find(id).orElseThrow();
        });
    }

    private RecognitionResult run(List<BufferedImage> pages) {
        DocumentRecognizer r = recognizer.getIfAvailable();
        if (r == null) {
            return new RecognitionResult(DocumentType.OTHER, Map.of(), 0, List.of(NO_RECOGNIZER_REASON), "");
        }
        try {
            return r.recognize(pages);
        } catch (RuntimeException e) {
            log.warn("Recognition failed, the officer will look: {}", e.toString());
            return new RecognitionResult(DocumentType.OTHER, Map.of(), 0, List.of("recognition.problem.ocr-unavailable"), "");
        }
    }

    /** The stored pages of a request, in page order, with the resolution they were scanned at. */
    public List<ScannedPage> pages(CopyRequest r) {
        List<ScannedPage> pages = new ArrayList<>();
        for (int i = 0; i < r.scanSha256().size(); i++) {
            try (InputStream in = files.open(r.scanSha256().get(i))) {
                pages.add(new ScannedPage(ImageIO.read(in), r.scanDpi().get(2 * i), r.scanDpi().get(2 * i + 1),
                        ScannedPage.Resolution.METADATA));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }
}
