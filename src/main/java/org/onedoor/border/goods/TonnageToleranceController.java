package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.TonnageTolerances;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The station commander's form {@code /border/{gate}/tonnage-tolerance} (decision 0543). */
@Controller
class TonnageToleranceController {

    private final TonnageTolerances tolerances;
    private final GoodsDeclarations declarations;
    private final MessageSource messages;

    TonnageToleranceController(TonnageTolerances tolerances, GoodsDeclarations declarations, MessageSource messages) {
        this.tolerances = tolerances;
        this.declarations = declarations;
        this.messages = messages;
    }

    @GetMapping("/border/{gate}/tonnage-tolerance")
    @PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
    String page(@PathVariable String gate, Model model) {
        model.addAttribute("gate", gate);
        model.addAttribute("settings", tolerances.list(gate));
        model.addAttribute("commodities", declarations.commodities());
        return "border/tonnage-tolerance";
    }

    @PostMapping("/border/{gate}/tonnage-tolerance")
    @PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
    String save(@PathVariable String gate, @RequestParam(required = false) String commodity,
                @RequestParam(required = false) String percent, @RequestParam(required = false) String minimumTonnes,
                Model model, Locale locale) {
        try {
            tolerances.set(gate, commodity, number(percent, "percent"), minimumTonnes == null || minimumTonnes.isBlank()
                    ? null : number(minimumTonnes, "minimumTonnes"));
            model.addAttribute("saved", true);
        } catch (DomainException e) {
            List<String> errors = new ArrayList<>();
            for (FieldViolation v : e.violations()) {
                errors.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
            }
            if (errors.isEmpty()) {
                throw e;
            }
            model.addAttribute("errors", errors);
            model.addAttribute("percent", percent);
            model.addAttribute("minimumTonnes", minimumTonnes);
            model.addAttribute("commodity", commodity);
        }
        return page(gate, model);
    }

    private static BigDecimal number(String text, String field) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (RuntimeException e) {
            throw DomainException.invalid(List.of(new FieldViolation(field, "border.ops2.tolerance.error.number")));
        }
    }
}
