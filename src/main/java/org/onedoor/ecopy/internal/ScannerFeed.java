package org.onedoor.ecopy.internal;

import java.io.IOException;
import java.io.InputStream;

import org.onedoor.common.DomainException;
import org.onedoor.scan.ScanArrived;
import org.onedoor.scan.ScanIntake;
import org.onedoor.scan.ScannedDocument;
import org.onedoor.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A scan dropped into a kiosk's watched scanner folder goes to the request of that kiosk waiting for its scans,
 * and is recognised at once; the kiosk's page, polling, moves on. A file nobody waits for, or one the intake
 * refuses, is logged and left (redelivery finds the request already scanned and does nothing).
 */
@Component
class ScannerFeed {

    private static final Logger log = LoggerFactory.getLogger(ScannerFeed.class);

    private final KioskJourney journey;
    private final KioskRecognition recognition;
    private final ScanIntake intake;
    private final FileStore files;

    ScannerFeed(KioskJourney journey, KioskRecognition recognition, ScanIntake intake, FileStore files) {
        this.journey = journey;
        this.recognition = recognition;
        this.intake = intake;
        this.files = files;
    }

    @ApplicationModuleListener
    void on(ScanArrived event) throws IOException {
        ScannedDocument doc;
        try (InputStream in = files.open(event.storedSha256())) {
            doc = intake.read(event.fileName(), null, in);
        } catch (DomainException e) {
            log.warn("Scan {} from kiosk {} refused: {}", event.fileName(), event.kioskId(), e.messageKey());
            return;
        }
        journey.scannedAtKiosk(event.kioskId(), doc.pages(), event.fileName()).ifPresentOrElse(
                r -> recognition.recogniseScanned(r.id()),
                () -> log.info("Scan {} from kiosk {}: no request is waiting for it", event.fileName(), event.kioskId()));
    }
}
