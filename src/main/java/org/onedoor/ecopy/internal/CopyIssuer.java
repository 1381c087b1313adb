package org.onedoor.ecopy.internal;

import org.onedoor.scan.ScannedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.DomainException.Kind;
import org.onedoor.common.VietnamTime;
import org.onedoor.ecopy.CopyIssued;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.platform.OneDoorProperties;
import org.onedoor.signing.DocumentSigner;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Step 6, the machine's part of certifying: reserve the certification number, compose the PDF/A copy, have it
 * signed by the certifying officer and then by the agency, store it, record it. Idempotent and crash-safe
 * (decision 0361): the number and code are reserved in a first short transaction, composing and signing run
 * outside any transaction (they take a second), and a second transaction records the stored copy and publishes
 * {@link CopyIssued}. A retry after a crash finds the reservation and finishes it: one number per original.
 */
@Service
public class CopyIssuer {

    static final String OFFICER_REASON = "Chứng thực bản sao từ bản chính";
    static final String AGENCY_REASON = "Sao y bản chính";

    private final CopyRequests requests;
    private final CertificationRegister register;
    private final Officers officers;
    private final Agencies agencies;
    private final FileStore files;
    private final ObjectProvider<DocumentSigner> signers;
    private final CopyComposer composer;
    private final CertificationStatement statement;
    private final KioskRecognition recognition;
    private final EcopyProperties properties;
    private final OneDoorProperties platform;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    CopyIssuer(CopyRequests requests, CertificationRegister register, Officers officers, Agencies agencies,
               FileStore files, ObjectProvider<DocumentSigner> signers, CopyComposer composer, CertificationStatement statement,
               KioskRecognition recognition,
               EcopyProperties properties, OneDoorProperties platform, ApplicationEventPublisher events,
               AuditTrail audit, PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.requests = requests;
        this.register = register;
        this.officers = officers;
        this.agencies = agencies;
        this.files = files;
        this.signers = signers;
        this.composer = composer;
        this.statement = statement;
        this.recognition = recognition;
        this.properties = properties;
        this.platform = platform;
        this.events = events;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Issues the copy of a paid request, or returns the copy already issued. */
    public RegisterEntry issue(UUID requestId) {
        RegisterEntry entry = tx.execute(status -> reserve(requestId));
        if (entry.issued()) {
            return entry;
        }
        CopyRequest request = requests.find(requestId).orElseThrow();
        SignedDocument signed = composeAndSign(entry, recognition.pages(request));
        StoredFile stored;
        try {
            stored = files.put(new ByteArrayInputStream(signed.pdf()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tx.execute(status -> record(requestId, entry, stored, signed.level()));
    }

    /** Composes and signs (public for the benchmark, which times this part alone). */
    public SignedDocument composeAndSign(RegisterEntry entry, List<ScannedPage> pages) {
        Agency agency = agencies.find(entry.agencyCode()).orElse(null);
        String parent = agency == null || agency.parentCode() == null ? null
                : agencies.find(agency.parentCode()).map(Agency::name).orElse(null);
        String place = agency == null ? "" : agency.name().replaceFirst("^(Xã|Phường|Đặc khu|Trung tâm Phục vụ hành chính công) ", "");
        Instant now = clock.instant();
        String verifyUrl = verifyUrl(entry.code());
        List<String> statementLines = statement.lines(entry, parent, place, now, verifyUrl);
        DocumentSigner signer = signers.getIfAvailable();
        if (signer == null) {
            throw new DomainException(Kind.UNPROCESSABLE, "ecopy.sign.unavailable");
        }
        byte[] pdf = composer.compose(pages, statementLines, properties.watermark(), verifyUrl, entry);
        SignedDocument byOfficer = signer.sign(pdf, new SignatureRequest(Signer.officer(entry.officerUsername()),
                SignatureAppearance.INVISIBLE, OFFICER_REASON));
        SignedDocument byAgency = signer.sign(byOfficer.pdf(), new SignatureRequest(Signer.agency(entry.agencyCode()),
                SignatureAppearance.COPY_CERTIFICATION, AGENCY_REASON));
        return byAgency;
    }

    public String verifyUrl(String code) {
        String base = platform.publicUrl().endsWith("/") ? platform.publicUrl().substring(0, platform.publicUrl().length() - 1)
                : platform.publicUrl();
        return base + "/verify/" + code;
    }

    private RegisterEntry reserve(UUID requestId) {
        CopyRequest r = requests.lock(requestId).orElseThrow(() -> DomainException.notFound("ecopy.request.notFound"));
        Optional<RegisterEntry> reserved = register.ofRequest(requestId);
        if (reserved.isPresent()) {
            return reserved.get();
        }
        KioskJourney.requireState(r, RequestState.PAID);
        Officer officer = officers.find(r.certifyingOfficer())
                .orElseThrow(() -> new DomainException(Kind.UNPROCESSABLE, "ecopy.kiosk.noOfficer", r.kioskId()));
        String agencyName = agencies.find(r.agencyCode()).map(Agency::name).orElse(r.agencyCode());
        Instant now = clock.instant();
        int year = now.atZone(VietnamTime.ZONE).getYear();
        int sequence = register.nextSequence(r.agencyCode(), properties.registerNumber(), year);
        RegisterEntry entry = new RegisterEntry(CopyCodes.next(), requestId, r.agencyCode(), agencyName,
                properties.registerNumber(), year, sequence, properties.typeCode(),
                RegisterEntry.number(sequence, properties.registerNumber(), year, properties.typeCode()),
                officer.username(), officer.fullName(), r.documentType() == null ? "OTHER" : r.documentType(),
                r.scanSha256().size(), r.idNumber(), r.fullName(), r.feeVnd() == null ? 0 : r.feeVnd(), now, null,
                null, null, null);
        register.reserve(entry);
        audit.record("ecopy.number", "certified-copy", entry.code(), "number " + entry.certificationNumber()
                + " reserved for request " + requestId);
        return entry;
    }

    private RegisterEntry record(UUID requestId, RegisterEntry entry, StoredFile stored, String level) {
        CopyRequest r = requests.lock(requestId).orElseThrow();
        Instant now = clock.instant();
        if (register.issued(entry.code(), stored.sha256(), stored.size(), level, now)) {
            requests.state(requestId, RequestState.ISSUED, now);
            events.publishEvent(new CopyIssued(entry.code(), entry.certificationNumber(), entry.agencyCode(),
                    stored.sha256(), r.idNumber(), r.email(), now));
            audit.record("ecopy.issue", "certified-copy", entry.code(), "number " + entry.certificationNumber()
                    + ", sha256 " + stored.sha256());
        }
        return register.ofRequest(requestId).orElseThrow();
    }

}
