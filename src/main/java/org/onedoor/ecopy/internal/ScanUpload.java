package org.onedoor.ecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.scan.ScanIntake;
import org.onedoor.scan.ScannedDocument;
import org.onedoor.scan.ScannedPage;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded scans of the original (several files, in page order), read into pages by the scan module's intake,
 * which refuses what is not a sound image or PDF (type by content, size, page and pixel limits, 200 dpi).
 */
@Component
public class ScanUpload {

    private final KioskJourney journey;
    private final ScanIntake intake;

    ScanUpload(KioskJourney journey, ScanIntake intake) {
        this.journey = journey;
        this.intake = intake;
    }

    public CopyRequest upload(UUID id, String token, List<MultipartFile> files) {
        journey.get(id, token);   // a wrong secret is refused before any file is read
        List<MultipartFile> present = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (present.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("files", "ecopy.scan.none")));
        }
        List<ScannedPage> pages = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (MultipartFile file : present) {
            try (InputStream in = file.getInputStream()) {
                ScannedDocument doc = intake.read(file.getOriginalFilename(), file.getContentType(), in);
                pages.addAll(doc.pages());
                names.add(file.getOriginalFilename());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return journey.scanned(id, token, pages, names);
    }
}
