package org.onedoor.queue.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onedoor.common.DomainException;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ratings;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAlerts;
import org.onedoor.queue.internal.VisitLookups;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The rating page of a kiosk or counter tablet ({@code /queue/{centre}/rate?counter=3} shows the counter's last
 * visit, {@code ?ticket=A012} a ticket of today), three big buttons and optional reasons, once per ticket; and the
 * alerts form of a ticket (phone or e-mail for "your turn is near" and the call).
 */
@Controller
class VisitPageController {

    static final List<String> REASONS = List.of("WAIT", "ATTITUDE", "GUIDANCE", "PAPERS", "FACILITIES");

    private final Queues queues;
    private final Ratings ratings;
    private final TicketAlerts alerts;
    private final VisitLookups lookups;
    private final MessageSource messages;

    VisitPageController(Queues queues, Ratings ratings, TicketAlerts alerts, VisitLookups lookups,
                        MessageSource messages) {
        this.queues = queues;
        this.ratings = ratings;
        this.alerts = alerts;
        this.lookups = lookups;
        this.messages = messages;
    }

    @GetMapping("/queue/{centre}/rate")
    String rate(@PathVariable String centre, @RequestParam(required = false) String counter,
                @RequestParam(required = false) String ticket, Model model) {
        if (queues.lines(centre).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<Ticket> visit = counter != null && !counter.isBlank() ? lookups.lastAtCounter(centre, counter.strip())
                : ticket != null && !ticket.isBlank() ? lookups.todaysTicket(centre, ticket) : Optional.empty();
        model.addAttribute("centre", centre);
        model.addAttribute("counter", counter);
        model.addAttribute("ticketCode", ticket);
        model.addAttribute("visit", visit.orElse(null));
        model.addAttribute("rated", visit.map(t -> lookups.rated(t.id())).orElse(false));
        model.addAttribute("reasons", REASONS);
        return "queue/rate";
    }

    @PostMapping("/queue/{centre}/rate")
    String rated(@PathVariable String centre, @RequestParam long ticketId, @RequestParam(required = false) String rating,
                 @RequestParam(required = false) List<String> reasons, @RequestParam(required = false) String text,
                 @RequestParam(required = false) String counter, Locale locale, Model model) {
        StringBuilder reason = new StringBuilder();
        if (reasons != null) {
            reasons.stream().filter(REASONS::contains).distinct().forEach(r -> reason.append(reason.isEmpty() ? "" : ", ").append(r));
        }
        if (text != null && !text.isBlank()) {
            reason.append(reason.isEmpty() ? "" : ": ").append(text.strip());
        }
        model.addAttribute("centre", centre);
        model.addAttribute("counter", counter);
        try {
            ratings.rate(centre, ticketId, rating, reason.isEmpty() ? null : reason.toString());
            model.addAttribute("message", messages.getMessage("queue.visit.rate.thanks", null, locale));
            model.addAttribute("ok", true);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            String key = e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey();
            model.addAttribute("message", messages.getMessage(key, e.args(), key, locale));
            model.addAttribute("ok", false);
        }
        return "queue/rated";
    }

    @PostMapping("/queue/{centre}/tickets/{ticketId}/alerts")
    String subscribe(@PathVariable String centre, @PathVariable long ticketId,
                     @RequestParam(required = false) String phone, @RequestParam(required = false) String email,
                     Locale locale, Model model) {
        model.addAttribute("centre", centre);
        try {
            alerts.subscribe(centre, ticketId, phone, email, locale.getLanguage());
            model.addAttribute("message", messages.getMessage("queue.visit.alerts.subscribed", null, locale));
            model.addAttribute("ok", true);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            String key = e.violations().isEmpty() ? e.messageKey() : e.violations().get(0).messageKey();
            model.addAttribute("message", messages.getMessage(key, e.args(), key, locale));
            model.addAttribute("ok", false);
        }
        return "queue/alerts";
    }
}
