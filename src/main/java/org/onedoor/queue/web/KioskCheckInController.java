package org.onedoor.queue.web;

import java.util.Locale;

import org.onedoor.common.DomainException;
import org.onedoor.queue.Appointments;
import org.onedoor.queue.PriorityGroup;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.internal.VisitLookups;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "I have an appointment" on the ticket kiosk: the citizen types the reference code or scans its QR (a scanner
 * types it), and gets the appointment's ticket, or the kiosk page again with the reason (too early, unknown …).
 */
@Controller
class KioskCheckInController {

    private final Appointments appointments;
    private final Queues queues;
    private final VisitLookups lookups;
    private final MessageSource messages;

    KioskCheckInController(Appointments appointments, Queues queues, VisitLookups lookups, MessageSource messages) {
        this.appointments = appointments;
        this.queues = queues;
        this.lookups = lookups;
        this.messages = messages;
    }

    @PostMapping("/queue/{centre}/kiosk/appointment")
    String checkIn(@PathVariable String centre, @RequestParam(required = false) String code, Locale locale, Model model) {
        if (queues.lines(centre).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String normalised = lookups.appointmentCode(code);
        try {
            Ticket ticket = appointments.checkIn(centre, normalised);
            model.addAttribute("centre", centre);
            model.addAttribute("ticket", ticket);
            model.addAttribute("line", queues.lines(centre).stream().filter(l -> l.id() == ticket.lineId()).findFirst().orElseThrow());
            model.addAttribute("ahead", queues.ahead(ticket));
            model.addAttribute("appointmentLate", lookups.checkedInLate(normalised));
            return "queue/ticket";
        } catch (DomainException e) {
            model.addAttribute("centre", centre);
            model.addAttribute("lines", queues.lines(centre));
            model.addAttribute("groups", PriorityGroup.values());
            model.addAttribute("appointmentError", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            model.addAttribute("appointmentCode", normalised);
            return "queue/kiosk";
        }
    }
}
