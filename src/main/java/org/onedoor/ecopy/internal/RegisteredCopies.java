package org.onedoor.ecopy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import java.io.ByteArrayInputStream;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierIntake;
import org.springframework.beans.factory.ObjectProvider;
import org.onedoor.ecopy.CertifiedCopies;
import org.onedoor.ecopy.CertifiedCopy;
import org.onedoor.storage.FileStore;
import org.springframework.stereotype.Service;

/** {@link CertifiedCopies} over the certification register and the file store: issued copies only. */
@Service
class RegisteredCopies implements CertifiedCopies {

    private final CertificationRegister register;
    private final FileStore files;
    private final ObjectProvider<DossierIntake> intake;
    private final AuditTrail audit;

    RegisteredCopies(CertificationRegister register, FileStore files, ObjectProvider<DossierIntake> intake,
                     AuditTrail audit) {
        this.register = register;
        this.files = files;
        this.intake = intake;
        this.audit = audit;
    }

    @Override
    public DossierFile attachToDossier(String copyCode, String dossierCode, String componentCode, String submissionToken) {
        CertifiedCopy copy = find(copyCode).orElseThrow(() -> DomainException.notFound("ecopy.copy.notFound", copyCode));
        byte[] pdf = content(copy.code()).orElseThrow();
        DossierFile file = intake.getObject().attach(dossierCode, componentCode, "ban-sao-chung-thuc-" + copy.code() + ".pdf",
                new ByteArrayInputStream(pdf), submissionToken);
        audit.record("ecopy.attach", "certified-copy", copy.code(), "attached to dossier " + dossierCode + " for " + componentCode);
        return file;
    }

    @Override
    public Optional<CertifiedCopy> find(String code) {
        return register.byCode(code).filter(RegisterEntry::issued).map(RegisterEntry::toCopy);
    }

    @Override
    public Optional<CertifiedCopy> findBySha256(String sha256) {
        return register.bySha256(sha256).map(RegisterEntry::toCopy);
    }

    @Override
    public Optional<byte[]> content(String code) {
        return find(code).map(copy -> {
            try (InputStream in = files.open(copy.sha256())) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public List<CertifiedCopy> ofHolder(String idNumber) {
        return register.ofHolder(idNumber).stream().map(RegisterEntry::toCopy).toList();
    }
}
