package org.onedoor.dossier.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.ActionResult;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.DossierResults;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.InboxPage;
import org.onedoor.dossier.InboxQuery;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Dossier REST API: submission, files, officer detail, inbox and actions. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers")
class DossierApiController {

    private final DossierIntake intake;
    private final DossierActions actions;
    private final DossierQueries queries;
    private final ObjectProvider<Officers> officers;
    private final DossierResults results;

    DossierApiController(DossierIntake intake, DossierActions actions, DossierQueries queries,
                         ObjectProvider<Officers> officers, DossierResults results) {
        this.results = results;
        this.intake = intake;
        this.actions = actions;
        this.queries = queries;
        this.officers = officers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a dossier (ONLINE needs no account; other channels need the receiving desk officer)")
    ResponseEntity<Receipt> submit(@RequestBody SubmissionRequest request,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Receipt receipt = intake.submit(request, key);
        return ResponseEntity.created(URI.create("/api/v1/dossiers/" + receipt.code())).body(receipt);
    }

    @PostMapping(path = "/{code}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (PDF, JPEG, PNG) to a component: the submitter with X-Submission-Token, or an officer")
    ResponseEntity<DossierFile> upload(@PathVariable String code, @RequestParam(required = false) String componentCode,
                                       @RequestPart(name = "file", required = false) MultipartFile file,
                                       @RequestHeader(name = "X-Submission-Token", required = false) String token)
            throws IOException {
        if (file == null) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "dossier.field.required")));
        }
        try (InputStream in = file.getInputStream()) {
            DossierFile stored = intake.attach(code, componentCode, file.getOriginalFilename(), in, token);
            return ResponseEntity.status(201).body(stored);
        }
    }

    @PostMapping(path = "/{code}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach the result document (PDF) for the leader to sign in the SIGN action")
    ResponseEntity<DossierFile> result(@PathVariable String code,
                                       @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        if (file == null) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "dossier.field.required")));
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.status(201).body(results.attachResult(code, file.getOriginalFilename(), in));
        }
    }

    @GetMapping("/{code}")
    @Operation(summary = "Dossier detail for an officer of the receiving, competent or a consulted agency")
    ResponseEntity<DossierDetail> detail(@PathVariable String code) {
        DossierDetail detail = queries.find(code).orElseThrow(() -> DomainException.notFound("dossier.notFound", code));
        return ResponseEntity.ok().eTag("\"" + detail.version() + "\"").body(detail);
    }

    @GetMapping
    @Operation(summary = "The current officer's inbox, most urgent first")
    InboxPage inbox(@RequestParam(required = false) DossierStatus status, @RequestParam(required = false) String step,
                    @RequestParam(defaultValue = "false") boolean mine, @RequestParam(defaultValue = "0") int page,
                    @RequestParam(defaultValue = "20") int size) {
        return queries.inbox(officer(), new InboxQuery(status, step, mine, page, size));
    }

    /**
     * @param action     what to do
     * @param comment    reasons, reply or note
     * @param assignee   for ASSIGN
     * @param agencies   for CONSULT
     * @param newDueAt   for EXTEND (exact instant), or
     * @param newDueDate for EXTEND (a day: end of working time, 17:00 Vietnam time)
     * @param version    expected version (alternative to If-Match)
     */
    record ActionBody(WorkflowAction action, String comment, String assignee, List<String> agencies, Instant newDueAt,
                      LocalDate newDueDate, Integer version) {
    }

    @PostMapping(path = "/{code}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Apply a workflow action; If-Match (or version) guards against concurrent changes (409)")
    ResponseEntity<ActionResult> act(@PathVariable String code, @RequestBody ActionBody body,
                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Integer expected = body.version();
        if (ifMatch != null && !ifMatch.isBlank()) {
            try {
                expected = Integer.valueOf(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalid(List.of(new FieldViolation("If-Match", "dossier.version.format")));
            }
        }
        Instant newDue = body.newDueAt() != null ? body.newDueAt() : body.newDueDate() == null ? null
                : body.newDueDate().atTime(LocalTime.of(17, 0)).atZone(VietnamTime.ZONE).toInstant();
        ActionResult result = actions.act(code,
                new ActionRequest(body.action(), body.comment(), body.assignee(), body.agencies(), newDue), expected);
        return ResponseEntity.ok().eTag("\"" + result.version() + "\"").body(result);
    }

    private Officer officer() {
        Officers o = officers.getIfAvailable();
        return (o == null ? java.util.Optional.<Officer>empty() : o.current()).orElseThrow(() ->
                new DomainException(DomainException.Kind.FORBIDDEN, "dossier.officerRequired"));
    }
}
