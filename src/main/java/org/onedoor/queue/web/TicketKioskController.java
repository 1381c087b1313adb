package org.onedoor.queue.web;

import java.util.List;

import org.onedoor.queue.PriorityGroup;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The ticket kiosk of a centre's waiting room (touch screen, three languages): one big button per line, the
 * priority groups as a second choice, and the issued ticket with its place in the line, ready to print.
 */
@Controller
class TicketKioskController {

    private final Queues queues;
    private final org.onedoor.queue.MobileTickets mobile;
    private final org.onedoor.platform.OneDoorProperties properties;
    private final org.springframework.context.MessageSource messages;

    TicketKioskController(Queues queues, org.onedoor.queue.MobileTickets mobile,
                          org.onedoor.platform.OneDoorProperties properties,
                          org.springframework.context.MessageSource messages) {
        this.queues = queues;
        this.mobile = mobile;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/queue/{centre}/kiosk")
    String kiosk(@PathVariable String centre, Model model) {
        List<QueueLine> lines = queues.lines(centre);
        if (lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);   // the localised 404 page
        }
        model.addAttribute("centre", centre);
        model.addAttribute("lines", lines);
        model.addAttribute("groups", PriorityGroup.values());
        return "queue/kiosk";
    }

    @PostMapping("/queue/{centre}/kiosk")
    String issue(@PathVariable String centre, @RequestParam long lineId,
                 @RequestParam(required = false) PriorityGroup priorityGroup, java.util.Locale locale, Model model) {
        Ticket ticket;
        try {
            ticket = queues.issue(centre, lineId, priorityGroup);
        } catch (org.onedoor.common.DomainException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);   // not a line of this centre: only a forged form
        }
        model.addAttribute("centre", centre);
        model.addAttribute("ticket", ticket);
        model.addAttribute("line", queues.lines(centre).stream().filter(l -> l.id() == lineId).findFirst().orElseThrow());
        model.addAttribute("ahead", queues.ahead(ticket));
        // printed on the ticket: the citizen follows the number on the phone (decision 0413)
        mobile.secret(centre, ticket.id()).ifPresent(secret -> model.addAttribute("followQr", QrSvg.of(
                properties.publicUrl() + MobileTicketController.followPath(centre, ticket.id(), secret),
                messages.getMessage("queue.board.ticket.qr", null, locale))));
        return "queue/ticket";
    }
}
