package org.onedoor.border.internal;

import java.util.Optional;

import org.onedoor.border.CrossingImages;
import org.onedoor.border.DeviceCapture;
import org.onedoor.border.DocumentCheck;
import org.onedoor.border.FaceCamera;
import org.onedoor.border.FingerprintReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the lane's devices for their captures at the first scan and stores them with the crossing (decision 0521).
 * A device that fails does not stop the clearance: the guard goes on without its image.
 */
@Component
class DeviceCaptures {

    private static final Logger log = LoggerFactory.getLogger(DeviceCaptures.class);

    private final FingerprintReader fingerprints;
    private final FaceCamera faces;
    private final CrossingImageService images;

    DeviceCaptures(FingerprintReader fingerprints, FaceCamera faces, CrossingImageService images) {
        this.fingerprints = fingerprints;
        this.faces = faces;
        this.images = images;
    }

    void capture(long crossingId, String gate, DocumentCheck document, String officer) {
        store(crossingId, "FINGERPRINT", () -> fingerprints.capture(gate, document), officer);
        store(crossingId, "FACE", () -> faces.capture(gate, document), officer);
    }

    private void store(long crossingId, String kind, java.util.function.Supplier<Optional<DeviceCapture>> device,
                       String officer) {
        Optional<DeviceCapture> capture;
        try {
            capture = device.get();
        } catch (RuntimeException e) {
            log.warn("border device {} failed for crossing {}: {}", kind, crossingId, e.toString());
            return;
        }
        capture.ifPresent(c -> images.store(crossingId, kind, c, officer));
    }
}
