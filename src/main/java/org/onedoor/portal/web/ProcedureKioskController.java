package org.onedoor.portal.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureQuery;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The procedure look-up kiosk in a centre's waiting room (touch screen, public, three languages; decision 0430):
 * search as you type without diacritics (the catalogue ignores them, so the on-screen keyboard needs no Vietnamese
 * letters), a sector filter, a procedure's papers, fees, time limit and result, the line of this centre that takes it,
 * and a printable checklist. {@code centre} (the agency code of the centre the kiosk stands in) is optional and
 * travels in the links; without it the kiosk shows no line.
 */
@Controller
class ProcedureKioskController {

    static final int RESULTS = 30;
    private static final Pattern CENTRE = Pattern.compile("[0-9A-Za-z.\\-]{1,40}");

    private final ProcedureCatalog catalog;
    private final Queues queues;

    ProcedureKioskController(ProcedureCatalog catalog, Queues queues) {
        this.catalog = catalog;
        this.queues = queues;
    }

    @GetMapping("/kiosk/procedures")
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String sector,
                  @RequestParam(required = false) String centre,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                  Locale locale, Model model) {
        String query = q.length() > 200 ? q.substring(0, 200) : q;
        model.addAttribute("q", query);
        model.addAttribute("sector", sector == null || sector.isBlank() ? null : sector);
        kiosk(model, centre);
        model.addAttribute("sectors", catalog.sectors());
        model.addAttribute("english", english(locale));
        model.addAttribute("results", catalog.search(new ProcedureQuery(query, sector, null, RESULTS)));
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "portal/kiosk/procedures :: results" : "portal/kiosk/procedures";
    }

    @GetMapping("/kiosk/procedures/{code}")
    String detail(@PathVariable String code, @RequestParam(required = false) String centre, Locale locale, Model model) {
        describe(code, centre, locale, model);
        return "portal/kiosk/procedure";
    }

    /** The checklist to take home: one sheet with check boxes, printed by the kiosk's printer (print stylesheet). */
    @GetMapping("/kiosk/procedures/{code}/checklist")
    String checklist(@PathVariable String code, @RequestParam(required = false) String centre, Locale locale,
                     Model model) {
        describe(code, centre, locale, model);
        model.addAttribute("printedOn", LocalDate.now(VietnamTime.ZONE));
        return "portal/kiosk/checklist";
    }

    private void describe(String code, String centre, Locale locale, Model model) {
        Procedure p = catalog.effective(code, LocalDate.now(VietnamTime.ZONE))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean english = english(locale);
        String c = kiosk(model, centre);
        model.addAttribute("p", p);
        model.addAttribute("english", english);
        model.addAttribute("sectorName", catalog.sectors().stream()
                .filter(s -> s.code().equals(p.sectorCode()))
                .map(s -> english ? s.nameEn() : s.name())
                .findFirst().orElse(p.sectorName()));
        model.addAttribute("resultType", english
                ? catalog.resultTypeEn(code, p.version()).orElse(p.resultType())
                : p.resultType());
        Optional<QueueLine> line = c == null ? Optional.empty() : queues.lineFor(c, p.code());
        model.addAttribute("line", line.orElse(null));
        model.addAttribute("lineName", line.map(l -> switch (locale.getLanguage()) {
            case "en" -> l.nameEn();
            case "id" -> l.nameId();
            default -> l.nameVi();
        }).orElse(null));
    }

    /** Puts the kiosk's centre (when it is a plausible code) and its links into the model; returns it or null. */
    static String kiosk(Model model, String centre) {
        String checked = centre(centre);
        model.addAttribute("centre", checked);
        model.addAttribute("links", new KioskLinks(checked));
        return checked;
    }

    /** A centre code fit to be echoed into links, or null. */
    static String centre(String centre) {
        return centre != null && CENTRE.matcher(centre).matches() ? centre : null;
    }

    /** Procedure names exist in Vietnamese and English only: English for every other language (as the portal). */
    private static boolean english(Locale locale) {
        return !"vi".equals(locale.getLanguage());
    }
}
