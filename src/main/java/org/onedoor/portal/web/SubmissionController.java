package org.onedoor.portal.web;

import org.onedoor.portal.web.applicant.ApplicantChecks;
import org.onedoor.portal.web.applicant.UploadCheck;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.onedoor.agency.Agencies;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.ecopy.CertifiedCopies;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.Receipt;
import org.onedoor.forms.IssuingAgency;
import org.onedoor.forms.OfficialForms;
import org.onedoor.forms.ReceiptSlip;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.platform.OneDoorProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * Online submission ("nộp hồ sơ trực tuyến") without an account, and the printable receipt.
 * Order of work (decision 0220): check everything that can be checked locally (applicant fields, consent,
 * every file's size and type) before registering the dossier; then submit; then attach the files with the
 * submission token. A file that still fails after registration is listed on the receipt to be re-sent.
 */
@Controller
@RequestMapping("/submit")
class SubmissionController {

    static final String SESSION_KEY = "portal.submittedDossiers";

    private final ObjectProvider<ProcedureCatalog> catalog;
    private final DossierIntake intake;
    private final ReceivingCentres centres;
    private final ObjectProvider<Agencies> agencies;
    private final OneDoorProperties properties;
    private final DataSize maxFileSize;
    private final ObjectProvider<OfficialForms> forms;
    private final MessageSource messages;
    private final ObjectProvider<CertifiedCopies> copies;

    SubmissionController(ObjectProvider<ProcedureCatalog> catalog, DossierIntake intake, ReceivingCentres centres, ObjectProvider<Agencies> agencies,
                         OneDoorProperties properties,
                         @Value("${onedoor.dossier.max-file-size:10MB}") DataSize maxFileSize,
                         ObjectProvider<OfficialForms> forms, MessageSource messages, ObjectProvider<CertifiedCopies> copies) {
        this.forms = forms;
        this.copies = copies;
        this.messages = messages;
        this.catalog = catalog;
        this.intake = intake;
        this.centres = centres;
        this.agencies = agencies;
        this.properties = properties;
        this.maxFileSize = maxFileSize;
    }

    @GetMapping("/{procedureCode}")
    String form(@PathVariable String procedureCode, Model model) {
        Procedure procedure = procedure(procedureCode);
        model.addAttribute("form", new SubmissionForm());
        return show(procedure, model);
    }

    @PostMapping("/{procedureCode}")
    String submit(@PathVariable String procedureCode, @ModelAttribute("form") SubmissionForm form, BindingResult errors,
                  MultipartHttpServletRequest request, HttpSession session, Locale locale, Model model,
                  HttpServletResponse response) {
        Procedure procedure = procedure(procedureCode);
        if (!procedure.channels().contains(Channel.ONLINE)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, MultipartFile> uploads = uploads(procedure, request);
        validate(form, procedure, uploads, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return show(procedure, model);
        }
        Set<String> declared = new LinkedHashSet<>(form.getComponents());
        declared.addAll(uploads.keySet());
        Map<String, String> copyCodes = copyCodes(form, procedure, uploads);
        declared.addAll(copyCodes.keySet());
        Receipt receipt;
        Applicant applicant = form.getApplicant().toApplicant();
        try {
            receipt = intake.submit(new SubmissionRequest(procedure.code(), applicant, Channel.ONLINE,
                    form.getReceivingAgencyCode(), null, List.copyOf(declared), locale.getLanguage()), form.getIdempotencyKey());
        } catch (DomainException e) {
            reject(e, form, errors);
            response.setStatus(e.kind().status);
            return show(procedure, model);
        }
        List<String> attached = new ArrayList<>();
        List<SubmittedDossier.FailedUpload> failed = new ArrayList<>();
        for (DossierComponent component : procedure.components()) {
            MultipartFile file = uploads.get(component.code());
            String copyCode = copyCodes.get(component.code());
            if (file == null && copyCode != null) {
                // a certified electronic copy stands for the original (Decree 23/2015 Art. 6): attached by its code
                try {
                    attached.add(copies.getObject().attachToDossier(copyCode, receipt.code(), component.code(),
                            receipt.submissionToken()).fileName());
                } catch (DomainException e) {
                    failed.add(new SubmittedDossier.FailedUpload(component.name(), copyCode, e.messageKey()));
                }
                continue;
            }
            if (file == null) {
                continue;
            }
            String reason = attach(receipt, component, file);
            if (reason == null) {
                attached.add(file.getOriginalFilename());
            } else {
                failed.add(new SubmittedDossier.FailedUpload(component.name(), file.getOriginalFilename(), reason));
            }
        }
        String centreName = agencies.getObject().find(form.getReceivingAgencyCode()).map(a -> PortalView.localised(a.name(), a.nameEn()))
                .orElse(form.getReceivingAgencyCode());
        remember(session, new SubmittedDossier(receipt.code(), receipt.status(), receipt.receivedAt(), receipt.dueAt(),
                procedure.code(), procedure.name(), procedure.nameEn(), centreName, attached, failed, procedure.version(),
                form.getReceivingAgencyCode(), applicant.name(), applicant.address(), applicant.phone(), applicant.email(),
                List.copyOf(declared)));
        return "redirect:/submit/receipt/" + receipt.code();
    }

    @GetMapping("/receipt/{code}")
    String receipt(@PathVariable String code, HttpSession session, Model model) {
        model.addAttribute("dossier", submitted(session, code));
        model.addAttribute("trackingUrl", trackingUrl(code));
        return "portal/receipt";
    }

    @GetMapping(value = "/receipt/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String code, HttpSession session) {
        submitted(session, code);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.IMAGE_PNG)
                .body(QrCodes.png(trackingUrl(code), 240));
    }

    /**
     * Form 01 as PDF for the browser that submitted (same session guard as the page). Printed in Vietnamese like
     * every official document; the dossier is NEW, so the appointment is the provisional one (decision 0251).
     */
    @GetMapping(value = "/receipt/{code}/receipt.pdf")
    ResponseEntity<byte[]> receiptPdf(@PathVariable String code, HttpSession session) {
        SubmittedDossier d = submitted(session, code);
        Locale vi = OfficialForms.VIETNAMESE;
        Procedure procedure = catalog.getObject().version(d.procedureCode(), d.procedureVersion()).orElse(null);
        List<ReceiptSlip.Component> components = procedure == null ? List.of() : procedure.components().stream()
                .filter(c -> d.components().contains(c.code()))
                .map(c -> new ReceiptSlip.Component(c.name(), c.originals(), c.copies())).toList();
        String timeLimit = procedure == null ? null : messages.getMessage(
                "portal.receipt.pdf.timeLimit." + procedure.timeLimit().unit().name(), new Object[] {procedure.timeLimit().amount()}, vi);
        var agency = agencies.getObject().find(d.receivingAgencyCode());
        String parent = agency.map(a -> a.parentCode()).flatMap(p -> agencies.getObject().find(p))
                .map(p -> p.name().toUpperCase(vi)).orElse(null);
        IssuingAgency issuer = new IssuingAgency(parent, agency.map(a -> a.name()).orElse(d.receivingAgencyCode()), null);
        byte[] pdf = forms.getObject().receipt(new ReceiptSlip(issuer, d.code(), d.procedureName(), d.applicantName(),
                d.applicantAddress(), d.applicantPhone(), d.applicantEmail(), components, timeLimit, d.receivedAt(), d.dueAt(),
                null, messages.getMessage("portal.receipt.pdf.channel", null, vi), null), vi);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("receipt-" + d.code() + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    private String show(Procedure procedure, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("provinces", centres.byProvince());
        model.addAttribute("online", procedure.channels().contains(Channel.ONLINE));
        model.addAttribute("maxFileSize", maxFileSize.toMegabytes());
        return "portal/submit";
    }

    private Procedure procedure(String code) {
        return catalog.getObject().effective(code, LocalDate.now(VietnamTime.ZONE))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Map<String, MultipartFile> uploads(Procedure procedure, MultipartHttpServletRequest request) {
        Map<String, MultipartFile> uploads = new java.util.LinkedHashMap<>();
        for (DossierComponent c : procedure.components()) {
            MultipartFile file = request.getFile("file_" + c.code());
            if (file != null && !(file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
                uploads.put(c.code(), file);
            }
        }
        return uploads;
    }

    /** Local checks only; the dossier module validates the applicant authoritatively (ID structure, birth year …). */
    private void validate(SubmissionForm form, Procedure procedure, Map<String, MultipartFile> uploads, BindingResult errors) {
        ApplicantChecks.check(form.getApplicant(), errors);
        if (!centres.isReceiving(form.getReceivingAgencyCode())) {
            errors.rejectValue("receivingAgencyCode", "portal.error.centre");
        }
        for (DossierComponent c : procedure.components()) {
            MultipartFile file = uploads.get(c.code());
            if (file != null) {
                form.getFiles().put(c.code(), file.getOriginalFilename());
                String problem = UploadCheck.problem(file, maxFileSize);
                if (problem != null) {
                    errors.rejectValue("files[" + c.code() + "]", problem, new Object[] {maxFileSize.toMegabytes()}, problem);
                }
            } else if (copyCodes(form, procedure, uploads).containsKey(c.code())) {
                if (copies.getIfAvailable() == null || copies.getObject().find(form.getCopyCodes().get(c.code())).isEmpty()) {
                    errors.rejectValue("files[" + c.code() + "]", "portal.error.copyCode");
                }
            } else if (c.mandatory() && !form.getComponents().contains(c.code())) {
                errors.rejectValue("files[" + c.code() + "]", "portal.error.componentMissing");
            }
        }
        if (!form.isConsent()) {
            errors.rejectValue("consent", "portal.error.consent");
        }
    }

    /** Certified copy codes given for components without an uploaded file, upper-cased. */
    private static Map<String, String> copyCodes(SubmissionForm form, Procedure procedure, Map<String, MultipartFile> uploads) {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (DossierComponent c : procedure.components()) {
            String code = form.getCopyCodes().get(c.code());
            if (code != null && !code.isBlank() && !uploads.containsKey(c.code())) {
                codes.put(c.code(), code.strip().toUpperCase());
            }
        }
        return codes;
    }

    /** Puts the dossier module's violations next to the fields they name; the rest goes to the summary. */
    static void reject(DomainException e, Object form, BindingResult errors) {
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

    private String attach(Receipt receipt, DossierComponent component, MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            intake.attach(receipt.code(), component.code(), file.getOriginalFilename(), in, receipt.submissionToken());
            return null;
        } catch (DomainException e) {
            return e.messageKey();
        } catch (IOException | RuntimeException e) {
            return "portal.upload.unreadable";
        }
    }

    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, SubmittedDossier dossier) {
        Map<String, SubmittedDossier> map = (Map<String, SubmittedDossier>) session.getAttribute(SESSION_KEY);
        java.util.LinkedHashMap<String, SubmittedDossier> copy = map == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(map);
        copy.put(dossier.code(), dossier);
        while (copy.size() > 20) {
            copy.remove(copy.keySet().iterator().next());
        }
        session.setAttribute(SESSION_KEY, copy);
    }

    @SuppressWarnings("unchecked")
    private static SubmittedDossier submitted(HttpSession session, String code) {
        Map<String, SubmittedDossier> map = (Map<String, SubmittedDossier>) session.getAttribute(SESSION_KEY);
        SubmittedDossier dossier = map == null ? null : map.get(code);
        if (dossier == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return dossier;
    }

    private String trackingUrl(String code) {
        String base = properties.publicUrl().endsWith("/") ? properties.publicUrl().substring(0, properties.publicUrl().length() - 1)
                : properties.publicUrl();
        return base + "/track?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
