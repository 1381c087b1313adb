package org.onedoor.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierResults;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Role;
import org.onedoor.signing.DocumentSigner;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.SignedDocument;
import org.onedoor.signing.Signer;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The result document: attached unsigned while the dossier is handled, signed by the leader in the SIGN action,
 * downloadable by the applicant once returned. Every version stays in the dossier's file list under
 * {@link DossierResults#COMPONENT}; the latest one is the result (decision 0172).
 */
@Service
class ResultService implements DossierResults {

    /** While the competent agency handles the dossier, up to and including the signing step. */
    static final Set<DossierStatus> ATTACHABLE = EnumSet.of(DossierStatus.RECEIVED, DossierStatus.PROCESSING,
            DossierStatus.CONSULTING, DossierStatus.SIGNING);

    private final DossierRepository repository;
    private final Collaborators collaborators;
    private final FileStore files;
    private final DossierProperties properties;

    ResultService(DossierRepository repository, Collaborators collaborators, FileStore files,
                  DossierProperties properties) {
        this.repository = repository;
        this.collaborators = collaborators;
        this.files = files;
        this.properties = properties;
    }

    @Override
    @Transactional
    public DossierFile attachResult(String code, String fileName, InputStream content) {
        Officer officer = collaborators.requireOfficer();
        return attachResult(code, fileName, content, officer, Instant.now());
    }

    @Transactional
    DossierFile attachResult(String code, String fileName, InputStream content, Officer officer, Instant now) {
        DossierRow row = repository.findVisible(code, officer);
        if (!mayAttach(row, officer)) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "dossier.result.notYours");
        }
        if (!ATTACHABLE.contains(row.status())) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.result.notNow");
        }
        byte[] bytes = read(content);
        long max = properties.maxFileSize().toBytes();
        FieldViolation error = bytes.length == 0 ? new FieldViolation("file", "dossier.file.empty")
                : bytes.length > max ? new FieldViolation("file", "dossier.file.tooLarge", properties.maxFileSize().toMegabytes())
                : !"application/pdf".equals(FileInspector.mediaType(bytes)) ? new FieldViolation("file", "dossier.result.notPdf")
                : null;
        if (error != null) {
            throw DomainException.invalid(List.of(error));
        }
        String name = fileName == null || fileName.isBlank() ? "ket-qua.pdf" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        DossierFile file = store(code, bytes, name, officer.username(), now);
        collaborators.audit("dossier.result.attach", code, file.sha256());
        return file;
    }

    /** A specialist (the assignee, once there is one), leader or signer of the competent agency. */
    static boolean mayAttach(DossierRow row, Officer officer) {
        if (!officer.agencyCode().equals(row.competentAgencyCode())) {
            return false;
        }
        return officer.has(Role.LEADER) || officer.has(Role.SIGNER) || officer.has(Role.SPECIALIST)
                && (row.assignee() == null || row.assignee().equals(officer.username()));
    }

    /**
     * In the SIGN action, in its transaction: signs the latest result document with the signing officer's key and
     * stores the signed file as the new latest result. Nothing to sign when no result was attached (a paper result,
     * decision 0171). A DomainException from the signer (no key, expired certificate ...) aborts the action.
     */
    void signResult(DossierRow row, Officer signer, Instant now) {
        Optional<DossierFile> latest = latest(row.code());
        if (latest.isEmpty()) {
            return;
        }
        DocumentSigner documentSigner = collaborators.signer().orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "dossier.result.signingUnavailable"));
        byte[] unsigned;
        try (InputStream in = files.open(latest.get().sha256())) {
            unsigned = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SignedDocument signed = documentSigner.sign(unsigned, new SignatureRequest(Signer.officer(signer.username()),
                SignatureAppearance.SIGNATURE_WITH_SEAL, "Ký duyệt kết quả giải quyết hồ sơ " + row.code()));
        DossierFile file = store(row.code(), signed.pdf(), "KQ-" + row.code() + ".pdf", signer.username(), now);
        collaborators.auditAs(signer.username(), signer.agencyCode(), "dossier.result.sign", row.code(),
                file.sha256() + " " + signed.level() + " serial " + signed.certificateSerial());
    }

    @Override
    public Optional<DossierFile> publicResult(String code, String idNumberOrPhone) {
        if (code == null || idNumberOrPhone == null || idNumberOrPhone.isBlank()) {
            return Optional.empty();
        }
        Optional<DossierRepository.PublicRow> found = repository.publicView(code.strip());
        if (found.isEmpty() || !QueryService.matches(found.get().applicant(), idNumberOrPhone.strip())) {
            return Optional.empty();
        }
        Optional<DossierFile> result = returned(found.get().tracking().code(), found.get().tracking().status());
        result.ifPresent(f -> collaborators.auditRead("dossier.result.download", found.get().tracking().code(),
                "public " + f.sha256()));
        return result;
    }

    @Override
    public boolean hasReturnedResult(String code) {
        return code != null && repository.find(code.strip())
                .flatMap(d -> returned(d.code(), d.status())).isPresent();
    }

    /**
     * The signed result once returned: the latest result file. It is the signed one because results can be
     * attached only up to the signing step, SIGN (the only way to RESULT_READY in every workflow) signs the latest,
     * and nothing can be attached afterwards.
     */
    private Optional<DossierFile> returned(String code, DossierStatus status) {
        return status == DossierStatus.RESULT_RETURNED ? latest(code) : Optional.empty();
    }

    private Optional<DossierFile> latest(String code) {
        // files come in insertion order (id); the last result row is the current one
        List<DossierFile> results = repository.files(code).stream()
                .filter(f -> COMPONENT.equals(f.componentCode())).toList();
        return results.isEmpty() ? Optional.empty() : Optional.of(results.get(results.size() - 1));
    }

    private DossierFile store(String code, byte[] bytes, String name, String by, Instant now) {
        StoredFile stored;
        try {
            stored = files.put(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DossierFile file = new DossierFile(COMPONENT, name, "application/pdf", stored.sha256(), stored.size(), now, by);
        repository.insertFile(code, file);
        return file;
    }

    private byte[] read(InputStream content) {
        long max = properties.maxFileSize().toBytes();
        try {
            return content == null ? new byte[0] : content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
