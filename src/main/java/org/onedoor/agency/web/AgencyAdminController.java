package org.onedoor.agency.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.agency.AgencyLevel;
import org.onedoor.agency.internal.AgencyRegistry;
import org.onedoor.agency.internal.AgencyRegistry.AgencyRecord;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /admin/agencies: the agency tree by province, create and edit, record a merger. */
@Controller
@RequestMapping("/admin/agencies")
@PreAuthorize("hasRole('ADMIN')")
class AgencyAdminController {

    private final AgencyRegistry registry;

    AgencyAdminController(AgencyRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    String list(Model model) {
        Map<String, List<AgencyRecord>> byProvince = new LinkedHashMap<>();
        for (AgencyRecord agency : registry.allRecords()) {
            byProvince.computeIfAbsent(agency.provinceCode(), p -> new java.util.ArrayList<>()).add(agency);
        }
        model.addAttribute("provinces", byProvince);
        return "agency/list";
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) String parent, Model model) {
        model.addAttribute("agency", new AgencyForm(null, null, null, null, AgencyLevel.COMMUNE, parent, LocalDate.now()));
        return form(model, false);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        AgencyRecord a = registry.findRecord(code).orElseThrow(() -> DomainException.notFound("agency.error.notFound", code));
        model.addAttribute("agency", new AgencyForm(a.code(), a.code2020(), a.name(), a.nameEn(), a.level(), a.parentCode(), a.validFrom()));
        model.addAttribute("history", registry.history(a.code()));
        return form(model, true);
    }

    @PostMapping
    String save(AgencyForm agency, @RequestParam(defaultValue = "false") boolean existing, Model model,
                java.security.Principal principal, RedirectAttributes redirect) {
        try {
            registry.save(new AgencyRecord(trim(agency.code()), trim(agency.code2020()), agency.name(), agency.nameEn(),
                    agency.level(), trim(agency.parentCode()), null, true, null, agency.validFrom(), null), principal.getName());
        } catch (DomainException e) {
            model.addAttribute("agency", agency);
            model.addAttribute("errors", errors(e));
            return form(model, existing);
        }
        redirect.addFlashAttribute("saved", agency.code());
        return "redirect:/admin/agencies";
    }

    @GetMapping("/{code}/merge")
    String mergeForm(@PathVariable String code, Model model) {
        model.addAttribute("agency", registry.findRecord(code).orElseThrow(() -> DomainException.notFound("agency.error.notFound", code)));
        model.addAttribute("candidates", registry.allRecords().stream().filter(AgencyRecord::active)
                .filter(a -> !a.code().equals(code)).toList());
        return "agency/merge";
    }

    @PostMapping("/{code}/merge")
    String merge(@PathVariable String code, @RequestParam String successorCode,
                 @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
                 @RequestParam(required = false) String note, java.security.Principal principal, Model model,
                 RedirectAttributes redirect) {
        try {
            registry.merge(code, successorCode, effectiveOn, note, principal.getName());
        } catch (DomainException e) {
            model.addAttribute("errors", errors(e));
            return mergeForm(code, model);
        }
        redirect.addFlashAttribute("merged", code);
        return "redirect:/admin/agencies";
    }

    private String form(Model model, boolean existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute("parents", registry.allRecords().stream().filter(AgencyRecord::active).toList());
        return "agency/form";
    }

    private static Map<String, String> errors(DomainException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation v : e.violations()) {
            errors.putIfAbsent(v.field(), v.messageKey());
        }
        if (errors.isEmpty()) {
            errors.put("global", e.messageKey());
        }
        return errors;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    /** What the create/edit form posts. */
    record AgencyForm(String code, String code2020, String name, String nameEn, AgencyLevel level, String parentCode,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom) {
    }
}
