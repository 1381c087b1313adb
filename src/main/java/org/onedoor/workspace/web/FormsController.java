package org.onedoor.workspace.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.forms.DossierRegister;
import org.onedoor.forms.OfficialForms;
import org.onedoor.identity.Officer;
import org.onedoor.signing.DocumentSigner;
import org.onedoor.signing.SignatureAppearance;
import org.onedoor.signing.SignatureRequest;
import org.onedoor.signing.Signer;
import org.onedoor.common.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Printing the official forms of a dossier (PDF, inline) and the dossier register of the officer's agency. The
 * dossier is loaded through {@link DossierQueries#find} (authorised and audited): a dossier the officer may not see
 * and a form that does not apply are both 404 (decision 0250).
 */
@Controller
@PreAuthorize(WorkspaceSecurity.OFFICER)
class FormsController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Logger log = LoggerFactory.getLogger(FormsController.class);

    private final DossierQueries queries;
    private final DossierForms forms;
    private final ObjectProvider<OfficialForms> pdf;
    private final CurrentOfficer officer;
    private final MessageSource messages;
    private final ObjectProvider<DocumentSigner> signer;

    FormsController(DossierQueries queries, DossierForms forms, ObjectProvider<OfficialForms> pdf, CurrentOfficer officer,
                    MessageSource messages, ObjectProvider<DocumentSigner> signer) {
        this.queries = queries;
        this.forms = forms;
        this.pdf = pdf;
        this.officer = officer;
        this.messages = messages;
        this.signer = signer;
    }

    @GetMapping("/workspace/dossiers/{code}/forms/{form}.pdf")
    public ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        DossierDetail dossier = queries.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] bytes = forms.render(form, dossier, pdf.getObject())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return pdf(sealed(bytes), form + "-" + code + ".pdf");
    }

    @GetMapping("/workspace/register")
    public String register(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                           Model model) {
        Period period = Period.of(from, to);
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("rows", queries.register(period.from(), period.to()));
        model.addAttribute("agency", officer.get().agencyCode());
        return "workspace/register";
    }

    @GetMapping("/workspace/register.pdf")
    public ResponseEntity<byte[]> registerPdf(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        Period period = Period.of(from, to);
        Officer me = officer.get();
        List<DossierRegister.Row> rows = queries.register(period.from(), period.to()).stream().map(this::row).toList();
        String printed = messages.getMessage("workspace.register.period",
                new Object[] {DAY.format(period.from()), DAY.format(period.to())}, OfficialForms.VIETNAMESE);
        byte[] bytes = pdf.getObject().register(new DossierRegister(forms.issuer(me.agencyCode()), printed, rows, Instant.now()),
                OfficialForms.VIETNAMESE);
        return pdf(sealed(bytes), "register-" + period.from() + "-" + period.to() + ".pdf");
    }

    /**
     * The printed form sealed with the organisational certificate of the printing officer's agency (PAdES, an
     * invisible signature so the form's own signature block stays as laid out). Without a key for that agency
     * (production before keys are configured) the form is served unsigned, as before (decision 0305).
     */
    private byte[] sealed(byte[] form) {
        DocumentSigner documentSigner = signer.getIfAvailable();
        if (documentSigner == null) {
            return form;
        }
        String agency = officer.get().agencyCode();
        try {
            return documentSigner.sign(form, new SignatureRequest(Signer.agency(agency), SignatureAppearance.INVISIBLE,
                    null)).pdf();
        } catch (DomainException e) {
            log.info("form not sealed for agency {}: {}", agency, e.messageKey());
            return form;
        }
    }

    private DossierRegister.Row row(DossierSnapshot d) {
        String note = messages.getMessage("workspace.status." + d.status().name(), null, d.status().name(), OfficialForms.VIETNAMESE);
        return new DossierRegister.Row(d.code(), d.procedureName(), d.applicantName(), d.applicantPhone(),
                forms.issuer(d.competentAgencyCode()).name(), d.receivedAt(), d.dueAt(),
                d.status() == DossierStatus.RESULT_RETURNED ? d.finishedAt() : null, note);
    }

    static ResponseEntity<byte[]> pdf(byte[] bytes, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    /** The register period: defaults to the current month; at most one year. */
    record Period(LocalDate from, LocalDate to) {
        static Period of(LocalDate from, LocalDate to) {
            LocalDate today = LocalDate.now(VietnamTime.ZONE);
            LocalDate f = from != null ? from : today.withDayOfMonth(1);
            LocalDate t = to != null ? to : today;
            if (t.isBefore(f)) {
                t = f;
            }
            if (t.isAfter(f.plusYears(1))) {
                t = f.plusYears(1);
            }
            return new Period(f, t);
        }
    }
}
