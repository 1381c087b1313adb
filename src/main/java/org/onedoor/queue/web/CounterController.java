package org.onedoor.queue.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.common.DomainException;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.queue.Queues;
import org.onedoor.queue.ServiceCounter;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAction;
import org.onedoor.queue.TicketStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The desk officer's counter screen (htmx; keyboard shortcuts N, R, S, D, X, P): call next by the counter's work
 * profile, recall, start, done, no-show, transfer, park and resume, serve a walk-in, and hand the called citizen
 * to the workspace's counter intake with the ticket linked. Every action answers with the {@code desk} fragment.
 */
@Controller
@PreAuthorize("hasRole('DESK_OFFICER')")
class CounterController {

    private final Queues queues;
    private final Officers officers;

    CounterController(Queues queues, Officers officers) {
        this.queues = queues;
        this.officers = officers;
    }

    @GetMapping("/queue/{centre}/counters")
    String counters(@PathVariable String centre, @RequestParam(required = false) String code, Model model) {
        officer(centre);
        if (code != null && code.strip().matches("[A-Za-z0-9]{1,8}")) {
            return "redirect:/queue/" + centre + "/counter/" + code.strip();   // no counters configured yet: any code
        }
        model.addAttribute("centre", centre);
        model.addAttribute("counters", queues.counters(centre));
        return "queue/counters";
    }

    @GetMapping("/queue/{centre}/counter/{counter}")
    String counter(@PathVariable String centre, @PathVariable String counter,
                   @RequestParam(required = false) Long ticket, Model model) {
        officer(centre);
        Ticket current = ticket == null ? null : queues.ticket(centre, ticket)
                .filter(t -> counter.equals(t.counter()) && active(t)).orElse(null);
        if (current == null) {
            current = queues.currentCalls(centre).stream()
                    .filter(t -> counter.equals(t.counter()) && active(t)).findFirst().orElse(null);
        }
        model.addAttribute("counterName", queues.counters(centre).stream().filter(c -> c.code().equals(counter))
                .findFirst().map(ServiceCounter::nameVi).orElse(null));
        return desk(centre, counter, current, null, model, "queue/counter");
    }

    @PostMapping("/queue/{centre}/counter/{counter}/next")
    String next(@PathVariable String centre, @PathVariable String counter, Model model, HttpServletResponse response) {
        Officer officer = officer(centre);
        return act(centre, counter, model, response, null, () -> {
            Optional<Ticket> called = queues.callNext(centre, counter, officer.username());
            return called.orElseThrow(() -> new DomainException(DomainException.Kind.CONFLICT, "queue.board.desk.nobody"));
        });
    }

    @PostMapping("/queue/{centre}/counter/{counter}/tickets/{id}/{action}")
    String action(@PathVariable String centre, @PathVariable String counter, @PathVariable long id,
                  @PathVariable String action, Model model, HttpServletResponse response) {
        Officer officer = officer(centre);
        TicketAction what = switch (action) {
            case "recall" -> TicketAction.RECALL;
            case "start" -> TicketAction.START;
            case "done" -> TicketAction.DONE;
            case "no-show" -> TicketAction.NO_SHOW;
            case "park" -> TicketAction.PARK;
            case "resume" -> TicketAction.RESUME;
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        return act(centre, counter, model, response, id, () -> {
            Ticket t = queues.act(centre, id, what, officer.username());
            // done, no-show and park free the counter
            return what == TicketAction.DONE || what == TicketAction.NO_SHOW || what == TicketAction.PARK ? null : t;
        });
    }

    @PostMapping("/queue/{centre}/counter/{counter}/tickets/{id}/transfer")
    String transfer(@PathVariable String centre, @PathVariable String counter, @PathVariable long id,
                    @RequestParam(required = false) Long lineId, @RequestParam(required = false) String toCounter,
                    Model model, HttpServletResponse response) {
        Officer officer = officer(centre);
        String target = toCounter == null || toCounter.isBlank() ? null : toCounter.strip();
        return act(centre, counter, model, response, id, () -> {
            if (lineId == null && target == null) {
                throw new DomainException(DomainException.Kind.INVALID, "queue.board.desk.transferTarget");
            }
            queues.transfer(centre, id, lineId, target, officer.username());
            return null;   // the ticket waits elsewhere now
        });
    }

    @PostMapping("/queue/{centre}/counter/{counter}/walk-in")
    String walkIn(@PathVariable String centre, @PathVariable String counter, @RequestParam long lineId,
                  Model model, HttpServletResponse response) {
        Officer officer = officer(centre);
        return act(centre, counter, model, response, null,
                () -> queues.serveWalkIn(centre, counter, lineId, officer.username()));
    }

    private interface DeskAction {
        Ticket run();
    }

    /** Runs an action and answers with the desk; a refused action keeps the ticket on screen with the reason. */
    private String act(String centre, String counter, Model model, HttpServletResponse response, Long ticketId,
                       DeskAction action) {
        try {
            Ticket after = action.run();
            response.setHeader("HX-Replace-Url", "/queue/" + centre + "/counter/" + counter
                    + (after == null ? "" : "?ticket=" + after.id()));
            return desk(centre, counter, after, null, model, "queue/counter :: desk");
        } catch (DomainException e) {
            response.setStatus(HttpStatus.OK.value());   // htmx swaps only 2xx: the message is part of the desk
            Ticket still = ticketId == null ? null : queues.ticket(centre, ticketId).filter(CounterController::active).orElse(null);
            model.addAttribute("messageArgs", e.args());
            return desk(centre, counter, still, e.messageKey(), model, "queue/counter :: desk");
        }
    }

    private String desk(String centre, String counter, Ticket current, String message, Model model, String view) {
        model.addAttribute("centre", centre);
        model.addAttribute("counter", counter);
        model.addAttribute("ticket", current);
        model.addAttribute("waited", current == null ? null : waited(current));
        model.addAttribute("lines", queues.lines(centre));
        model.addAttribute("parked", queues.parked(centre, counter));
        model.addAttribute("message", message);
        if (!model.containsAttribute("messageArgs")) {
            model.addAttribute("messageArgs", new Object[0]);
        }
        return view;
    }

    /** Minutes from taking the ticket to its (last) call, or to now while it is only being served. */
    static long waited(Ticket t) {
        Instant end = t.calledAt() != null ? t.calledAt() : Instant.now();
        return Math.max(0, Duration.between(t.issuedAt(), end).toMinutes());
    }

    private static boolean active(Ticket t) {
        return t.status() == TicketStatus.CALLED || t.status() == TicketStatus.SERVING;
    }

    private Officer officer(String centre) {
        return officers.current().filter(o -> centre.equals(o.agencyCode()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }
}
