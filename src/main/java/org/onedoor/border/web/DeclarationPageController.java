package org.onedoor.border.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Declarations;
import org.onedoor.border.Direction;
import org.onedoor.border.PersonDeclaration;
import org.onedoor.border.PersonDeclarationRequest;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public pre-declaration page (three languages): form, field errors next to their fields, reference and QR. */
@Controller
class DeclarationPageController {

    /** Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh (Gia Lai): the only gate of this first slice. */
    static final String LE_THANH = "000.00.40.H21";

    private final Declarations declarations;
    private final MessageSource messages;

    DeclarationPageController(Declarations declarations, MessageSource messages) {
        this.declarations = declarations;
        this.messages = messages;
    }

    /** The form as typed (strings for dates too, so a wrong date comes back as typed with its error). */
    record DeclarationForm(String gate, TravelDocumentType documentType, String documentNumber, String surname,
                           String givenNames, String nationality,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                           CrossingPurpose purpose,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedDate, Direction direction) {
    }

    @GetMapping("/border/declare")
    String form(@RequestParam(required = false) String gate, Model model) {
        model.addAttribute("form", new DeclarationForm(gate == null ? LE_THANH : gate, TravelDocumentType.PASSPORT,
                null, null, null, null, null, null, null, Direction.EXIT));
        model.addAttribute("errors", Map.of());
        return options(model);
    }

    @PostMapping("/border/declare")
    String declare(@ModelAttribute("form") DeclarationForm form, Model model) {
        try {
            PersonDeclaration d = declarations.declare(new PersonDeclarationRequest(form.gate(), form.documentType(),
                    form.documentNumber(), form.surname(), form.givenNames(), form.nationality(), form.dateOfBirth(),
                    form.purpose(), form.plannedDate(), form.direction(),
                    LocaleContextHolder.getLocale().getLanguage()));
            model.addAttribute("declaration", d);
            return "border/declared";
        } catch (DomainException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldViolation v : e.violations()) {
                errors.putIfAbsent(v.field(), messages.getMessage(v.messageKey(), v.args(), v.messageKey(),
                        LocaleContextHolder.getLocale()));
            }
            if (errors.isEmpty()) {
                errors.put("form", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                        LocaleContextHolder.getLocale()));
            }
            model.addAttribute("errors", errors);
            return options(model);
        }
    }

    @GetMapping(value = "/border/declare/{reference}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String reference) {
        return declarations.find(reference)
                .map(d -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(d.reference(), 320)))
                .orElse(ResponseEntity.notFound().build());
    }

    private String options(Model model) {
        model.addAttribute("documentTypes", TravelDocumentType.values());
        model.addAttribute("purposes", CrossingPurpose.values());
        model.addAttribute("directions", Direction.values());
        return "border/declare";
    }
}
