package org.onedoor.ecopy.internal;

import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.ecopy.CertifiedCopies;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 7: the issued copy to the citizen: its bytes for download and print, a link by e-mail. */
@Service
public class CopyDelivery {

    private final KioskJourney journey;
    private final CertificationRegister register;
    private final CertifiedCopies copies;
    private final org.onedoor.notification.CitizenMessenger messages;
    private final CopyIssuer issuer;
    private final AuditTrail audit;
    private final org.onedoor.storage.FileStore files;

    CopyDelivery(KioskJourney journey, CertificationRegister register, CertifiedCopies copies,
                 org.onedoor.notification.CitizenMessenger messages, CopyIssuer issuer, AuditTrail audit,
                 org.onedoor.storage.FileStore files) {
        this.journey = journey;
        this.register = register;
        this.copies = copies;
        this.messages = messages;
        this.issuer = issuer;
        this.audit = audit;
        this.files = files;
    }

    public byte[] content(String code) {
        byte[] pdf = copies.content(code).orElseThrow(() -> DomainException.notFound("ecopy.copy.notFound", code));
        audit.recordRead("ecopy.download", "certified-copy", code, null);
        return pdf;
    }

    /** A stored scan page (PNG) by its SHA-256. */
    public byte[] pageImage(String sha256) {
        try (java.io.InputStream in = files.open(sha256)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** E-mails the verification link (which also downloads the copy) to the address the citizen typed. */
    @Transactional
    public void emailLink(UUID id, String token, String email) {
        journey.email(id, token, email);
        CopyRequest r = journey.get(id, token);
        RegisterEntry e = register.ofRequest(id).filter(RegisterEntry::issued)
                .orElseThrow(() -> DomainException.notFound("ecopy.copy.notFound", id));
        String when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE).format(e.issuedAt());
        messages.email(r.email(), messages.text("ecopy.mail.subject", r.locale(), e.certificationNumber()),
                messages.text("ecopy.mail.body", r.locale(), r.fullName(), e.certificationNumber(), e.agencyName(),
                        when, issuer.verifyUrl(e.code()), e.code()));
        audit.record("ecopy.deliver.email", "certified-copy", e.code(), "link e-mailed");
    }
}
