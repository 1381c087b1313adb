package org.onedoor.workspace.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.DossierResults;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.storage.FileStore;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * A dossier as an officer sees it: applicant, procedure, agencies, deadlines, files, history, consultations, and
 * one form per action the officer may take now. Actions carry the version the officer saw; a stale version is a
 * conflict, never a silent overwrite.
 */
@Controller
@PreAuthorize(WorkspaceSecurity.OFFICER)
class DossierController {

    private final DossierQueries queries;
    private final DossierActions actions;
    private final ObjectProvider<Officers> officers;
    private final ObjectProvider<Agencies> agencies;
    private final FileStore files;
    private final MessageSource messages;
    private final ObjectProvider<ProcedureCatalog> catalog;
    private final DossierIntake intake;
    private final DossierResults results;

    DossierController(DossierQueries queries, DossierActions actions, ObjectProvider<Officers> officers, ObjectProvider<Agencies> agencies,
                      FileStore files, MessageSource messages, ObjectProvider<ProcedureCatalog> catalog, DossierIntake intake,
                      DossierResults results) {
        this.results = results;
        this.catalog = catalog;
        this.intake = intake;
        this.queries = queries;
        this.actions = actions;
        this.officers = officers;
        this.agencies = agencies;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/workspace/dossiers/{code}")
    public String detail(@PathVariable String code, Model model) {
        return show(find(code), new ActionForm(), model);
    }

    @PostMapping("/workspace/dossiers/{code}/actions")
    public String act(@PathVariable String code, @ModelAttribute ActionForm form, RedirectAttributes redirect, Locale locale,
               Model model, HttpServletResponse response) {
        List<String> errors = new ArrayList<>();
        if (form.getAction() == null) {
            errors.add(messages.getMessage("workspace.action.error.unknown", null, locale));
        } else if (ActionForm.COMMENT_REQUIRED.contains(form.getAction()) && (form.getComment() == null || form.getComment().isBlank())) {
            errors.add(messages.getMessage("workspace.action.error.commentRequired", null, locale));
        } else if (form.getAction() == WorkflowAction.ASSIGN && (form.getAssignee() == null || form.getAssignee().isBlank())) {
            errors.add(messages.getMessage("workspace.action.error.assigneeRequired", null, locale));
        } else if (form.getAction() == WorkflowAction.CONSULT && form.getConsultAgencies().isEmpty()) {
            errors.add(messages.getMessage("workspace.action.error.agenciesRequired", null, locale));
        } else if (form.getAction() == WorkflowAction.EXTEND && form.getNewDueAt() == null) {
            errors.add(messages.getMessage("workspace.action.error.dueRequired", null, locale));
        }
        if (errors.isEmpty()) {
            try {
                actions.act(code, form.toRequest(), form.getVersion());
                redirect.addFlashAttribute("done", form.getAction());
                return "redirect:/workspace/dossiers/" + code;
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.CONFLICT) {
                    model.addAttribute("conflict", true);
                } else {
                    errors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
                    for (FieldViolation v : e.violations()) {
                        errors.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
                    }
                }
                response.setStatus(e.kind().status);
            }
        } else {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("actionErrors", errors);
        return show(find(code), form, model);
    }

    /**
     * A file of the dossier. Visibility comes from {@link DossierQueries#find} (audited); the content from the file
     * store, but only for a hash that the visible dossier lists (decision 0226).
     */
    @GetMapping("/workspace/dossiers/{code}/files/{sha256}")
    public ResponseEntity<InputStreamResource> file(@PathVariable String code, @PathVariable String sha256) throws IOException {
        DossierFile file = find(code).files().stream().filter(f -> f.sha256().equals(sha256)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        InputStream content = files.open(file.sha256());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName() == null ? file.sha256() : file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content));
    }

    /**
     * The desk attaches a scan of a paper the applicant brought (e.g. after a supplement request at the counter),
     * while the dossier waits at the desk before receipt (decision 0252). The dossier module checks the officer.
     */
    @PostMapping("/workspace/dossiers/{code}/files")
    public String attach(@PathVariable String code, @RequestParam String component, @RequestParam("file") MultipartFile file,
                         RedirectAttributes redirect, Locale locale) {
        DossierDetail dossier = find(code);
        if (!mayAttach(dossier)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try (InputStream in = file.getInputStream()) {
            intake.attach(code, component, file.getOriginalFilename(), in, null);
        } catch (DomainException e) {
            List<String> errors = new ArrayList<>();
            errors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            for (FieldViolation v : e.violations()) {
                errors.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
            }
            redirect.addFlashAttribute("attachError", String.join(" ", errors));
        } catch (IOException e) {
            redirect.addFlashAttribute("attachError", messages.getMessage("workspace.upload.unreadable", null, locale));
        }
        return "redirect:/workspace/dossiers/" + code;
    }

    /**
     * The specialist or leader of the competent agency attaches the result document (PDF) that the leader signs in
     * the SIGN action (decision 0171). The dossier module checks the officer, the time and the file.
     */
    @PostMapping("/workspace/dossiers/{code}/result")
    public String attachResult(@PathVariable String code, @RequestParam(name = "file", required = false) MultipartFile file,
                               RedirectAttributes redirect, Locale locale) {
        find(code);
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            results.attachResult(code, file == null ? null : file.getOriginalFilename(), in);
            redirect.addFlashAttribute("resultAttached", true);
        } catch (DomainException e) {
            List<String> errors = new ArrayList<>();
            if (e.violations().isEmpty()) {
                errors.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            }
            for (FieldViolation v : e.violations()) {
                errors.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
            }
            redirect.addFlashAttribute("resultError", String.join(" ", errors));
        } catch (IOException e) {
            redirect.addFlashAttribute("resultError", messages.getMessage("workspace.upload.unreadable", null, locale));
        }
        return "redirect:/workspace/dossiers/" + code;
    }

    /** The result upload is offered to the competent agency's specialist, leader or signer while it handles the dossier. */
    private boolean mayAttachResult(DossierDetail d) {
        if (d.status() != DossierStatus.RECEIVED && d.status() != DossierStatus.PROCESSING
                && d.status() != DossierStatus.CONSULTING && d.status() != DossierStatus.SIGNING) {
            return false;
        }
        return officers.getObject().current().filter(o -> o.agencyCode().equals(d.competentAgencyCode()))
                .filter(o -> o.has(Role.LEADER) || o.has(Role.SIGNER) || o.has(Role.SPECIALIST)
                        && (d.assignee() == null || d.assignee().equals(o.username())))
                .isPresent();
    }

    /** Only for the desk while it checks papers: at intake (RECEIVE allowed) or while waiting for a supplement. */
    private static boolean mayAttach(DossierDetail d) {
        return d.allowedActions().contains(WorkflowAction.RECEIVE)
                || d.allowedActions().contains(WorkflowAction.SUPPLEMENT_RECEIVED);
    }

    private DossierDetail find(String code) {
        return queries.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(DossierDetail dossier, ActionForm form, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("actionForm", form);
        model.addAttribute("actions", dossier.allowedActions().stream().filter(a -> a != WorkflowAction.SUBMIT).toList());
        model.addAttribute("commentRequired", ActionForm.COMMENT_REQUIRED);
        model.addAttribute("forms", DossierForms.applicable(dossier));
        if (mayAttach(dossier)) {
            catalog.getObject().version(dossier.procedureCode(), dossier.procedureVersion())
                    .ifPresent(p -> model.addAttribute("attachable", p.components()));
        }
        model.addAttribute("resultAttachable", mayAttachResult(dossier));
        model.addAttribute("hasResult", dossier.files().stream().anyMatch(f -> DossierResults.COMPONENT.equals(f.componentCode())));
        if (dossier.allowedActions().contains(WorkflowAction.ASSIGN)) {
            model.addAttribute("assignees", officers.getObject().withRole(dossier.competentAgencyCode(), Role.SPECIALIST));
        }
        if (dossier.allowedActions().contains(WorkflowAction.CONSULT)) {
            model.addAttribute("consultable", consultable(dossier.competentAgencyCode()));
        }
        return "workspace/dossier";
    }

    /** Agencies that may be consulted: the active departments, communes and other units of the same province. */
    private List<Agency> consultable(String competentAgencyCode) {
        String province = agencies.getObject().find(competentAgencyCode).map(Agency::provinceCode).orElse(null);
        return agencies.getObject().all().stream()
                .filter(a -> a.active() && !a.code().equals(competentAgencyCode))
                .filter(a -> province == null || province.equals(a.provinceCode()))
                .filter(a -> a.level() == AgencyLevel.DEPARTMENT || a.level() == AgencyLevel.COMMUNE || a.level() == AgencyLevel.OTHER)
                .toList();
    }
}
