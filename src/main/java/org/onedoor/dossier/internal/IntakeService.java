package org.onedoor.dossier.internal;

import org.onedoor.common.Secrets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Role;
import org.onedoor.storage.FileStore;
import org.onedoor.storage.StoredFile;
import org.onedoor.workflow.WorkflowAction;
import org.onedoor.workflow.WorkflowDefinition;
import org.onedoor.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/** Submission on every channel, and file uploads. */
@Service
class IntakeService implements DossierIntake {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final Set<String> LOCALES = Set.of("vi", "en", "id");

    private final DossierRepository repository;
    private final Transitions transitions;
    private final ActionService actions;
    private final Collaborators collaborators;
    private final Workflows workflows;
    private final FileStore files;
    private final DossierProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    IntakeService(DossierRepository repository, Transitions transitions, ActionService actions,
                  Collaborators collaborators, Workflows workflows, FileStore files, DossierProperties properties) {
        this.repository = repository;
        this.transitions = transitions;
        this.actions = actions;
        this.collaborators = collaborators;
        this.workflows = workflows;
        this.files = files;
        this.properties = properties;
    }

    @Override
    @Transactional
    public Receipt submit(SubmissionRequest request, String idempotencyKey) {
        return submit(request, idempotencyKey, collaborators.currentOfficer(), Instant.now());
    }

    /** Submission as {@code officer} (or the public when empty) at {@code now}; the demo generator backdates. */
    @Transactional
    Receipt submit(SubmissionRequest request, String idempotencyKey, Optional<Officer> officer, Instant now) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null) {
            if (key.length() > 200) {
                throw DomainException.invalid(List.of(new FieldViolation("Idempotency-Key", "dossier.field.tooLong", 200)));
            }
            String hash = Secrets.sha256(json.writeValueAsString(request));
            if (!repository.claimKey(key, hash)) {
                DossierRepository.StoredKey stored = repository.key(key).orElseThrow();
                if (!stored.requestHash().equals(hash)) {
                    throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.idempotency.mismatch");
                }
                return json.readValue(stored.response(), Receipt.class);
            }
            Receipt receipt = register(request, officer, now);
            repository.completeKey(key, receipt.code(), json.writeValueAsString(receipt));
            return receipt;
        }
        return register(request, officer, now);
    }

    private Receipt register(SubmissionRequest request, Optional<Officer> officer, Instant now) {
        if (request == null) {
            throw DomainException.invalid(List.of(new FieldViolation("body", "dossier.field.required")));
        }
        LocalDate today = now.atZone(VietnamTime.ZONE).toLocalDate();
        List<FieldViolation> errors = new ArrayList<>();
        Procedure procedure = null;
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            errors.add(new FieldViolation("procedureCode", "dossier.field.required"));
        } else {
            procedure = collaborators.catalog().effective(request.procedureCode().strip(), today).orElse(null);
            if (procedure == null) {
                errors.add(new FieldViolation("procedureCode", "dossier.procedure.unknown", request.procedureCode()));
            }
        }
        Applicant applicant = ApplicantValidator.validate(request.applicant(), today, errors);
        Channel channel = request.channel();
        if (channel == null) {
            errors.add(new FieldViolation("channel", "dossier.field.required"));
        } else if (procedure != null && !procedure.channels().contains(channel)) {
            errors.add(new FieldViolation("channel", "dossier.channel.notAllowed", channel.name()));
        }
        String locale = request.locale() == null ? "vi" : request.locale();
        if (!LOCALES.contains(locale)) {
            errors.add(new FieldViolation("locale", "dossier.locale.unknown"));
        }
        Routing.Route route = null;
        List<String> declared = new ArrayList<>(new LinkedHashSet<>(request.components()));
        if (procedure != null) {
            route = Routing.route(collaborators.agencies(), procedure, request.receivingAgencyCode(),
                    request.competentAgencyCode(), errors);
            Set<String> known = new java.util.HashSet<>(procedure.components().stream().map(DossierComponent::code).toList());
            for (int i = 0; i < declared.size(); i++) {
                if (!known.contains(declared.get(i))) {
                    errors.add(new FieldViolation("components[" + i + "]", "dossier.component.unknown", declared.get(i)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        if (channel != Channel.ONLINE) {
            Officer desk = officer.orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN,
                    "dossier.channel.officerRequired", channel.name()));
            if (!desk.has(Role.DESK_OFFICER) || !desk.agencyCode().equals(route.receiving().code())) {
                throw new DomainException(DomainException.Kind.FORBIDDEN, "dossier.channel.notYourDesk");
            }
        }
        String workflowId = procedure.workflow();
        WorkflowDefinition workflow = workflows.latest(workflowId).orElseThrow(() -> new DomainException(
                DomainException.Kind.UNPROCESSABLE, "dossier.workflow.unknown", workflowId));

        int n = repository.nextNumber(route.receiving().code(), today);
        String code = route.receiving().code() + "-" + DAY.format(today) + "-" + String.format("%04d", n);
        String token = Secrets.newToken();
        DeadlinePolicy deadlines = new DeadlinePolicy(collaborators.calendar());
        DossierRow draft = new DossierRow(code, 0, procedure.code(), procedure.version(), procedure.name(),
                procedure.timeLimit(), workflow.id(), workflow.version(), workflow.start(), DossierStatus.NEW, channel,
                route.receiving().code(), route.competent().code(), applicant, locale, List.copyOf(declared),
                Secrets.sha256(token), null, now, null, null, deadlines.due(now, procedure.timeLimit()),
                deadlines.stepDue(now, workflow.requireStep(workflow.start()).budget(), procedure.timeLimit()),
                null, null, 0, false, 0);
        String actor = officer.map(Officer::username).orElse("citizen");
        DossierRow row = transitions.submitted(draft, actor, officer.map(Officer::agencyCode).orElse(null), now);
        boolean complete = procedure.components().stream()
                .allMatch(c -> !c.mandatory() || declared.contains(c.code()));
        if (channel != Channel.ONLINE && complete) {
            // Counter, kiosk, postal, assisted: the desk officer checked the papers; receive at once. An incomplete
            // one stays NEW at the intake step, where the desk issues the supplement request or the refusal
            // (DOMAIN.md §2 step 1, decision 0252); the legal clock has not started.
            row = actions.apply(row, ActionRequest.of(WorkflowAction.RECEIVE, null), officer.get(), now);
        }
        return new Receipt(code, row.status(), now, row.dueAt(), token);
    }

    @Override
    @Transactional
    public DossierFile attach(String code, String componentCode, String fileName, InputStream content,
                              String submissionToken) {
        return attach(code, componentCode, fileName, content, submissionToken, collaborators.currentOfficer(),
                Instant.now());
    }

    @Transactional
    DossierFile attach(String code, String componentCode, String fileName, InputStream content, String token,
                       Optional<Officer> officer, Instant now) {
        DossierRow row = repository.find(code).orElseThrow(() -> DomainException.notFound("dossier.notFound", code));
        boolean byToken = token != null && Secrets.sameHash(token, row.tokenHash());
        boolean byOfficer = !byToken && officer.isPresent()
                && Access.sees(officer.get(), row, repository.consulted(code, officer.get().agencyCode()));
        if (!byToken && !byOfficer) {
            throw DomainException.notFound("dossier.notFound", code);
        }
        if (row.status().isFinal()) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "dossier.file.closed");
        }
        List<FieldViolation> errors = new ArrayList<>();
        Procedure procedure = collaborators.catalog().version(row.procedureCode(), row.procedureVersion()).orElseThrow();
        if (componentCode == null || componentCode.isBlank()) {
            errors.add(new FieldViolation("componentCode", "dossier.field.required"));
        } else if (procedure.components().stream().noneMatch(c -> c.code().equals(componentCode))) {
            errors.add(new FieldViolation("componentCode", "dossier.component.unknown", componentCode));
        }
        byte[] bytes;
        long max = properties.maxFileSize().toBytes();
        try {
            bytes = content == null ? new byte[0] : content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String mediaType = FileInspector.mediaType(bytes);
        if (bytes.length == 0) {
            errors.add(new FieldViolation("file", "dossier.file.empty"));
        } else if (bytes.length > max) {
            errors.add(new FieldViolation("file", "dossier.file.tooLarge", properties.maxFileSize().toMegabytes()));
        } else if (mediaType == null) {
            errors.add(new FieldViolation("file", "dossier.file.type"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
        StoredFile stored;
        try {
            stored = files.put(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = fileName == null || fileName.isBlank() ? "file" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        DossierFile file = new DossierFile(componentCode, name, mediaType, stored.sha256(), stored.size(), now,
                byToken ? "citizen" : officer.get().username());
        repository.insertFile(code, file);
        collaborators.audit("dossier.file.attach", code, componentCode + " " + stored.sha256());
        return file;
    }
}
