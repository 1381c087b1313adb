package org.onedoor.ecopy.internal;

import java.util.List;
import java.util.UUID;

import org.onedoor.common.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded scans of the original, read into page images by the scan module's intake (images or PDF). */
@Component
public class ScanUpload {

    private final KioskJourney journey;

    ScanUpload(KioskJourney journey) {
        this.journey = journey;
    }

    public CopyRequest upload(UUID id, String token, List<MultipartFile> files) {
        throw new DomainException(DomainException.Kind.UNPROCESSABLE, "ecopy.scan.unavailable");
    }
}
