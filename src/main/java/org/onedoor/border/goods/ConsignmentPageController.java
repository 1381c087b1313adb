package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.border.Consignment;
import org.onedoor.border.ConsignmentRequest;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.Trader;
import org.onedoor.border.TripValidity;
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

/** The public consignment declaration page (three languages): field errors next to their fields, reference and QR. */
@Controller
class ConsignmentPageController {

    static final String LE_THANH = "000.00.40.H21";

    private final GoodsDeclarations declarations;
    private final MessageSource messages;

    ConsignmentPageController(GoodsDeclarations declarations, MessageSource messages) {
        this.declarations = declarations;
        this.messages = messages;
    }

    record ConsignmentForm(Direction direction, String exporterName, String exporterCode, String importerName,
                           String importerCode, String hsCode, String description, BigDecimal quantity, String unit,
                           BigDecimal tonnes, String plate,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedDate) {
    }

    @GetMapping("/border/declare/consignment")
    String form(Model model) {
        model.addAttribute("form", new ConsignmentForm(Direction.EXIT, null, null, null, null, null, null, null, null,
                null, null, null));
        model.addAttribute("errors", Map.of());
        return options(model);
    }

    @PostMapping("/border/declare/consignment")
    String declare(@ModelAttribute("form") ConsignmentForm f, Model model) {
        try {
            Consignment c = declarations.declareConsignment(new ConsignmentRequest(LE_THANH, f.direction(),
                    new Trader(f.exporterName(), f.exporterCode()), new Trader(f.importerName(), f.importerCode()),
                    f.hsCode(), f.description(), f.quantity(), f.unit(), f.tonnes(),
                    f.plate() == null || f.plate().isBlank() ? List.of() : List.of(f.plate().split(",")),
                    TripValidity.single(f.plannedDate()), LocaleContextHolder.getLocale().getLanguage()));
            model.addAttribute("consignment", c);
            model.addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
            return "border/consignment-declared";
        } catch (DomainException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldViolation v : e.violations()) {
                String field = v.field().replace(".", "").replaceAll("\\[\\d+]", "");
                errors.putIfAbsent(field.equals("plates") ? "plate" : field, messages.getMessage(v.messageKey(),
                        v.args(), v.messageKey(), LocaleContextHolder.getLocale()));
            }
            model.addAttribute("errors", errors);
            return options(model);
        }
    }

    @GetMapping(value = "/border/declare/trip/{reference}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String reference) {
        return declarations.findConsignment(reference).map(Consignment::reference)
                .or(() -> declarations.findVehicle(reference).map(v -> v.reference()))
                .map(r -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(TripQrCodes.png(r)))
                .orElse(ResponseEntity.notFound().build());
    }

    private String options(Model model) {
        model.addAttribute("commodities", declarations.commodities());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
        return "border/consignment";
    }
}
