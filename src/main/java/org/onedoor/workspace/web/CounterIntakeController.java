package org.onedoor.workspace.web;

import org.onedoor.portal.web.applicant.ApplicantChecks;
import org.onedoor.portal.web.applicant.UploadCheck;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Officer;
import org.onedoor.queue.Queues;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

/**
 * Counter intake ("tiếp nhận trực tiếp") by a one-stop desk officer on behalf of an applicant: pick the procedure,
 * enter the applicant, tick the completeness checklist, attach scans. A dossier that lacks a mandatory paper is
 * not given a receipt: the officer may instead register it and issue the supplement request or the refusal at
 * intake at once (DOMAIN.md §2 step 1, decisions 0227 and 0252).
 */
@Controller
@PreAuthorize("hasAnyRole('DESK_OFFICER','CENTRE_MANAGER')")
class CounterIntakeController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CounterIntakeController.class);

    static final Set<Channel> CHANNELS = Set.of(Channel.COUNTER, Channel.ASSISTED, Channel.POSTAL);

    private final ObjectProvider<ProcedureCatalog> catalog;
    private final DossierIntake intake;
    private final DossierActions actions;
    private final CurrentOfficer officer;
    private final DataSize maxFileSize;
    private final Queues queues;

    CounterIntakeController(ObjectProvider<ProcedureCatalog> catalog, DossierIntake intake, DossierActions actions, CurrentOfficer officer,
                            @Value("${onedoor.dossier.max-file-size:10MB}") DataSize maxFileSize, Queues queues) {
        this.queues = queues;
        this.catalog = catalog;
        this.intake = intake;
        this.actions = actions;
        this.officer = officer;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/workspace/intake")
    public String start(@RequestParam(required = false) String q, @RequestParam(required = false) String procedure,
                        @RequestParam(required = false) Long ticket,
                        @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("ticket", ticket);   // from the queue's counter screen: carried to the form
        if (procedure != null && !procedure.isBlank()) {
            IntakeForm form = new IntakeForm();
            form.setTicket(ticket);
            model.addAttribute("form", form);
            return show(procedure(procedure), List.of(), model);
        }
        String query = q == null ? "" : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("results", query.isEmpty() ? List.of() : catalog.getObject().search(query, 20));
        return htmx != null ? "workspace/intake :: results" : "workspace/intake";
    }

    @PostMapping("/workspace/intake/{procedureCode}")
    public String receive(@PathVariable String procedureCode, @ModelAttribute("form") IntakeForm form, BindingResult errors,
                          @RequestParam(defaultValue = "receipt") String outcome, MultipartHttpServletRequest request,
                          RedirectAttributes redirect, Locale locale, Model model, HttpServletResponse response) {
        Procedure procedure = procedure(procedureCode);
        Officer desk = officer.get();
        Map<String, MultipartFile> uploads = uploads(procedure, request);
        ApplicantChecks.check(form.getApplicant(), errors);
        if (form.getChannel() == null || !CHANNELS.contains(form.getChannel())) {
            errors.rejectValue("channel", "workspace.intake.error.channel");
        }
        for (Map.Entry<String, MultipartFile> upload : uploads.entrySet()) {
            form.getFiles().put(upload.getKey(), upload.getValue().getOriginalFilename());
            String problem = UploadCheck.problem(upload.getValue(), maxFileSize);
            if (problem != null) {
                errors.rejectValue("files[" + upload.getKey() + "]", problem, new Object[] {maxFileSize.toMegabytes()}, problem);
            }
        }
        List<DossierComponent> missing = procedure.components().stream()
                .filter(c -> c.mandatory() && !form.getComponents().contains(c.code()) && !uploads.containsKey(c.code()))
                .toList();
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(procedure, missing, model);
        }
        boolean supplement = "supplement".equals(outcome);
        boolean refuse = "refuse".equals(outcome);
        if (!missing.isEmpty() && refuse && (form.getRefusalReasons() == null || form.getRefusalReasons().isBlank())) {
            errors.rejectValue("refusalReasons", "workspace.intake.error.refusalReasons");
            model.addAttribute("incomplete", true);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(procedure, missing, model);
        }
        if (!missing.isEmpty() && !supplement && !refuse) {
            model.addAttribute("incomplete", true);
            response.setStatus(422);
            return show(procedure, missing, model);
        }
        Set<String> declared = new LinkedHashSet<>(form.getComponents());
        declared.addAll(uploads.keySet());
        Receipt receipt;
        try {
            receipt = intake.submit(new SubmissionRequest(procedure.code(), form.getApplicant().toApplicant(), form.getChannel(),
                    desk.agencyCode(), null, List.copyOf(declared), null), form.getIdempotencyKey());
        } catch (DomainException e) {
            reject(e, form, errors);
            response.setStatus(e.kind().status);
            return show(procedure, missing, model);
        }
        link(form.getTicket(), receipt.code(), desk);
        List<String> failed = new ArrayList<>();
        for (Map.Entry<String, MultipartFile> upload : uploads.entrySet()) {
            try (InputStream in = upload.getValue().getInputStream()) {
                intake.attach(receipt.code(), upload.getKey(), upload.getValue().getOriginalFilename(), in, null);
            } catch (IOException | RuntimeException e) {
                failed.add(upload.getValue().getOriginalFilename());
            }
        }
        String done = "receipt";
        if (!missing.isEmpty() && refuse) {
            // registered NEW at the intake step (decision 0252): refuse there, then print form 03
            done = "refusal";
            try {
                actions.act(receipt.code(), ActionRequest.of(WorkflowAction.REFUSE_AT_INTAKE, form.getRefusalReasons().strip()), null);
            } catch (DomainException e) {
                done = "refusalFailed";
            }
        } else if (!missing.isEmpty()) {
            done = "supplement";
            String list = String.join("; ", missing.stream().map(DossierComponent::name).toList());
            try {
                actions.act(receipt.code(), ActionRequest.of(WorkflowAction.REQUEST_SUPPLEMENT, list), null);
            } catch (DomainException e) {
                done = "supplementFailed";
            }
        }
        redirect.addFlashAttribute("received", done);
        redirect.addFlashAttribute("failedUploads", failed);
        return "redirect:/workspace/dossiers/" + receipt.code();
    }

    /** The visit's queue ticket gets the dossier (statistics, the citizen's follow page); the dossier never waits on it. */
    private void link(Long ticket, String dossierCode, Officer desk) {
        if (ticket == null) {
            return;
        }
        try {
            queues.linkDossier(desk.agencyCode(), ticket, dossierCode, desk.username());
        } catch (RuntimeException e) {
            log.warn("dossier {} received but not linked to queue ticket {}: {}", dossierCode, ticket, e.toString());
        }
    }

    private String show(Procedure procedure, List<DossierComponent> missing, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("missing", missing.stream().map(DossierComponent::code).toList());
        model.addAttribute("channels", List.of(Channel.COUNTER, Channel.ASSISTED, Channel.POSTAL));
        model.addAttribute("maxFileSize", maxFileSize.toMegabytes());
        return "workspace/intake-form";
    }

    private Procedure procedure(String code) {
        return catalog.getObject().effective(code, LocalDate.now(VietnamTime.ZONE))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, MultipartFile> uploads(Procedure procedure, MultipartHttpServletRequest request) {
        Map<String, MultipartFile> uploads = new LinkedHashMap<>();
        for (DossierComponent c : procedure.components()) {
            MultipartFile file = request.getFile("file_" + c.code());
            if (file != null && file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()) {
                uploads.put(c.code(), file);
            }
        }
        return uploads;
    }

    private static void reject(DomainException e, Object form, BindingResult errors) {
        BeanWrapperImpl wrapper = new BeanWrapperImpl(form);
        for (FieldViolation v : e.violations()) {
            if (v.field() != null && wrapper.isReadableProperty(v.field())) {
                errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
            } else {
                errors.reject(v.messageKey(), v.args(), v.messageKey());
            }
        }
        if (e.violations().isEmpty()) {
            errors.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
