package org.onedoor.portal.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureQuery;
import org.onedoor.common.VietnamTime;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Public procedure pages: search (a full page, or only the result list for htmx live search) and detail.
 * Procedure names exist in Vietnamese and English only, so English is shown for every other language.
 */
@Controller
class ProcedurePagesController {

    static final int PAGE_SIZE = 50;
    /** Levels a citizen may filter by (where the decision is taken). */
    static final List<AgencyLevel> LEVELS = List.of(AgencyLevel.PROVINCE, AgencyLevel.DEPARTMENT, AgencyLevel.COMMUNE, AgencyLevel.OTHER);

    private final ProcedureCatalog catalog;

    ProcedurePagesController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/procedures")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String sector,
                  @RequestParam(required = false) AgencyLevel level,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                  Locale locale, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("sector", sector);
        model.addAttribute("level", level);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("sectors", catalog.sectors());
        model.addAttribute("english", english(locale));
        model.addAttribute("results", catalog.search(new ProcedureQuery(q, sector, level, PAGE_SIZE)));
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "portal/procedures :: results" : "portal/procedures";
    }

    @GetMapping("/procedures/{code}")
    String detail(@PathVariable String code, Locale locale, Model model) {
        Procedure procedure = catalog.effective(code, LocalDate.now(VietnamTime.ZONE))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean english = english(locale);
        model.addAttribute("p", procedure);
        model.addAttribute("english", english);
        model.addAttribute("online", procedure.channels().contains(Channel.ONLINE));
        model.addAttribute("sectorName", catalog.sectors().stream()
                .filter(s -> s.code().equals(procedure.sectorCode()))
                .map(s -> english ? s.nameEn() : s.name())
                .findFirst().orElse(procedure.sectorName()));
        model.addAttribute("resultType", english
                ? catalog.resultTypeEn(code, procedure.version()).orElse(procedure.resultType())
                : procedure.resultType());
        return "portal/procedure";
    }

    private static boolean english(Locale locale) {
        return !"vi".equals(locale.getLanguage());
    }
}
