package org.onedoor.border.web;

import java.time.LocalDate;
import org.onedoor.border.CrossingKind;
import org.onedoor.border.CrossingPage;
import org.onedoor.border.CrossingQuery;
import org.onedoor.border.CrossingRegister;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsRegister;
import org.onedoor.border.VehicleCrossingQuery;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The crossing register search page for the border roles of a gate (decision 0533). Persons go through
 * {@link CrossingRegister#search(CrossingQuery)}, vehicles and goods through
 * {@link GoodsRegister#search(VehicleCrossingQuery)} (paged, filtered, audited with the criteria by those
 * services); another gate's officer gets 403.
 */
@Controller
@PreAuthorize("hasAnyRole('BORDER_GUARD', 'BORDER_SUPERVISOR', 'ADMIN')")
class RegisterPageController {

    static final int PAGE_SIZE = 25;

    private final CrossingRegister persons;
    private final GoodsRegister vehicles;

    RegisterPageController(CrossingRegister persons, GoodsRegister vehicles) {
        this.persons = persons;
        this.vehicles = vehicles;
    }

    /** The filters as typed, returned to the form. */
    record Filters(LocalDate from, LocalDate to, String name, String documentNumber, String nationality,
                   Direction direction, Decision decision, CrossingKind kind, int page) {
    }

    @GetMapping("/border/{gate}/register")
    String search(@PathVariable String gate, @RequestParam(required = false) LocalDate from,
                  @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String name,
                  @RequestParam(required = false) String documentNumber,
                  @RequestParam(required = false) String nationality,
                  @RequestParam(required = false) Direction direction,
                  @RequestParam(required = false) Decision decision,
                  @RequestParam(required = false) CrossingKind kind,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        LocalDate start = from == null ? today : from;
        LocalDate end = to == null ? start : to;
        CrossingKind k = kind == null ? CrossingKind.PERSON : kind;
        Filters filters = new Filters(start, end, name, documentNumber, nationality, direction, decision, k,
                Math.max(0, page));
        model.addAttribute("gate", gate);
        model.addAttribute("zone", VietnamTime.ZONE);
        model.addAttribute("f", filters);
        model.addAttribute("kinds", CrossingKind.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("decisions", Decision.values());
        try {
            if (k == CrossingKind.PERSON) {
                CrossingPage result = persons.search(new CrossingQuery(gate, start, end, blank(name),
                        blank(documentNumber), blank(nationality), decision, direction, filters.page(), PAGE_SIZE));
                model.addAttribute("result", result);
            } else {
                // vehicles and goods: the plate is typed in the document field
                model.addAttribute("result", vehicles.search(new VehicleCrossingQuery(gate, start, end,
                        blank(documentNumber), k, decision, direction, filters.page(), PAGE_SIZE)));
                model.addAttribute("vehicles", true);
            }
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.FORBIDDEN) {
                throw new AccessDeniedException(e.getMessage());
            }
            throw e;
        }
        return "border/register";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
