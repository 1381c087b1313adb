package org.onedoor.ecopy.internal;

import org.onedoor.common.Secrets;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.DomainException.Kind;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.ecopy.FaceVerifier;
import org.onedoor.ecopy.FaceVerifier.FaceMatch;
import org.onedoor.identity.CitizenIdNumber;
import org.onedoor.scan.ScannedPage;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's part at the kiosk, step by step: identify, authenticate (face), scan. Each step checks the
 * session secret the kiosk holds and the request's state; every decision is audited. Recognition, payment and
 * issue follow in {@link KioskRecognition}, {@link KioskPayment} and {@link CopyIssuer}.
 */
@Service
public class KioskJourney {

    private static final Logger log = LoggerFactory.getLogger(KioskJourney.class);
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

    private final CopyRequests requests;
    private final EcopyProperties properties;
    private final FileStore files;
    private final ObjectProvider<FaceVerifier> faceVerifier;
    private final AuditTrail audit;
    private final Clock clock;

    KioskJourney(CopyRequests requests, EcopyProperties properties, FileStore files,
                 ObjectProvider<FaceVerifier> faceVerifier, AuditTrail audit, Optional<Clock> clock) {
        this.requests = requests;
        this.properties = properties;
        this.files = files;
        this.faceVerifier = faceVerifier;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A new session: its id and the secret the kiosk presents on every later step (shown once). */
    public record Started(UUID id, String token) {
    }

    @Transactional
    public Started start(String kioskId, Identification who, String email, String phone, String locale,
                         String citizenUsername) {
        EcopyProperties.Kiosk kiosk = properties.kiosk(kioskId);
        if (kiosk == null) {
            throw DomainException.notFound("ecopy.kiosk.unknown", kioskId);
        }
        check(who);
        UUID id = UUID.randomUUID();
        String token = Secrets.newToken();
        Instant now = clock.instant();
        requests.insert(new CopyRequests.NewRequest(id, kioskId, kiosk.agencyCode(), Secrets.sha256(token),
                who.idNumber(), who.fullName().strip(), who.birthDate(), who.sex(), who.source(), blankToNull(email),
                blankToNull(phone), locale == null ? "vi" : locale, citizenUsername, now,
                now.plus(properties.sessionTimeout())));
        audit.record("ecopy.identify", "copy-request", id.toString(),
                "kiosk " + kioskId + ", card read by " + who.source() + ", ID " + CitizenIdNumber.parse(who.idNumber()).masked());
        return new Started(id, token);
    }

    private void check(Identification who) {
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        if (who.fullName() == null || who.fullName().isBlank() || who.fullName().length() > 200) {
            violations.add(new FieldViolation("fullName", "ecopy.identify.name.required"));
        }
        if (who.birthDate() == null || who.birthDate().isAfter(today)) {
            violations.add(new FieldViolation("birthDate", "ecopy.identify.birthDate.invalid"));
        }
        if (who.idNumber() == null || !CitizenIdNumber.valid(who.idNumber())) {
            violations.add(new FieldViolation("idNumber", "ecopy.identify.idNumber.invalid"));
        } else if (who.birthDate() != null && CitizenIdNumber.problemWith(who.idNumber(), who.birthDate()).isPresent()) {
            violations.add(new FieldViolation("idNumber", "ecopy.identify.idNumber.birthDate"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
    }

    /** The request behind a session, when the secret matches; expired sessions are marked so. */
    public CopyRequest get(UUID id, String token) {
        CopyRequest r = requests.find(id).filter(x -> Secrets.sameHash(token, x.tokenHash()))
                .orElseThrow(() -> DomainException.notFound("ecopy.request.notFound"));
        return r;
    }

    /** Locks the request for a step, checking the secret and that the session has not expired. */
    CopyRequest lockForStep(UUID id, String token) {
        CopyRequest r = requests.lock(id).filter(x -> Secrets.sameHash(token, x.tokenHash()))
                .orElseThrow(() -> DomainException.notFound("ecopy.request.notFound"));
        if (!r.state().finished() && r.state() != RequestState.PAID && clock.instant().isAfter(r.expiresAt())) {
            requests.state(id, RequestState.EXPIRED, clock.instant());
            throw new DomainException(Kind.CONFLICT, "ecopy.request.expired");
        }
        return r;
    }

    static void requireState(CopyRequest r, RequestState... allowed) {
        for (RequestState s : allowed) {
            if (r.state() == s) {
                return;
            }
        }
        throw new DomainException(Kind.CONFLICT, "ecopy.request.wrongState", r.state().name());
    }

    /**
     * Step 2: the face photo. A match authenticates; anything else (no match, verifier unavailable) waits for an
     * officer, while the citizen goes on scanning (decision 0364).
     */
    @Transactional
    public CopyRequest authenticate(UUID id, String token, byte[] photo) {
        CopyRequest r = lockForStep(id, token);
        requireState(r, RequestState.IDENTIFIED, RequestState.AWAITING_FACE_REVIEW);
        if (photo == null || photo.length == 0 || photo.length > MAX_PHOTO_BYTES || !isImage(photo)) {
            throw DomainException.invalid(List.of(new FieldViolation("photo", "ecopy.face.photo.invalid")));
        }
        StoredFile stored = put(photo);
        FaceMatch verdict;
        try {
            verdict = faceVerifier.getIfAvailable(() -> (p, n) -> FaceMatch.UNAVAILABLE).verify(photo, r.idNumber());
        } catch (RuntimeException e) {
            log.warn("Face verifier failed, the officer will compare: {}", e.toString());
            verdict = FaceMatch.UNAVAILABLE;
        }
        RequestState next = verdict == FaceMatch.MATCH ? RequestState.AUTHENTICATED : RequestState.AWAITING_FACE_REVIEW;
        requests.face(id, stored.sha256(), verdict, next, clock.instant());
        audit.record("ecopy.face", "copy-request", id.toString(), "verifier answered " + verdict);
        return requests.find(id).orElseThrow();
    }

    /** Step 3: the scanned pages of the original, in order (read by the scan module's intake). */
    @Transactional
    public CopyRequest scanned(UUID id, String token, List<ScannedPage> pages, List<String> fileNames) {
        return store(lockForStep(id, token), pages, fileNames);
    }

    /** Step 3 from the kiosk's scanner folder: the newest request of that kiosk waiting for its scans. */
    @Transactional
    public Optional<CopyRequest> scannedAtKiosk(String kioskId, List<ScannedPage> pages, String fileName) {
        return requests.waitingForScan(kioskId, clock.instant())
                .flatMap(r -> requests.lock(r.id()))
                .filter(r -> r.state().mayScan())
                .map(r -> store(r, pages, List.of(fileName)));
    }

    private CopyRequest store(CopyRequest r, List<ScannedPage> pages, List<String> fileNames) {
        if (!r.state().mayScan()) {
            throw new DomainException(Kind.CONFLICT, "ecopy.request.wrongState", r.state().name());
        }
        if (pages.isEmpty() || pages.size() > properties.maxPages()) {
            throw DomainException.invalid(List.of(new FieldViolation("files", "ecopy.scan.pages", properties.maxPages())));
        }
        List<String> shas = new ArrayList<>();
        List<Double> dpi = new ArrayList<>();
        for (ScannedPage page : pages) {
            shas.add(put(png(page.image())).sha256());
            dpi.add(page.dpiX());
            dpi.add(page.dpiY());
        }
        requests.scans(r.id(), shas, dpi, fileNames, clock.instant());
        audit.record("ecopy.scan", "copy-request", r.id().toString(), pages.size() + " page(s)");
        return requests.find(r.id()).orElseThrow();
    }

    /** The citizen's e-mail for delivering the link (may be given at any step). */
    @Transactional
    public void email(UUID id, String token, String email) {
        CopyRequest r = get(id, token);
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
            throw DomainException.invalid(List.of(new FieldViolation("email", "ecopy.deliver.email.invalid")));
        }
        requests.contact(r.id(), email.strip(), clock.instant());
    }

    private StoredFile put(byte[] bytes) {
        try {
            return files.put(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isImage(byte[] bytes) {
        boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
        boolean png = bytes.length > 8 && bytes[0] == (byte) 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
        return jpeg || png;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
