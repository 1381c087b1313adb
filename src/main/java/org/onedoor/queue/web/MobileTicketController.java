package org.onedoor.queue.web;

import java.time.Duration;
import java.util.List;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.common.DomainException;
import org.onedoor.platform.OneDoorProperties;
import org.onedoor.queue.MobileTickets;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketChannel;
import org.onedoor.queue.TicketRequest;
import org.onedoor.queue.TicketStatus;
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
 * The mobile ticket (public): the page a QR poster opens to take a WEB ticket, the page that follows a ticket live
 * on the phone (unguessable address: id and secret, decision 0413), and the printable A4 poster.
 */
@Controller
class MobileTicketController {

    private final Queues queues;
    private final MobileTickets mobile;
    private final Agencies agencies;
    private final OneDoorProperties properties;
    private final MessageSource messages;

    MobileTicketController(Queues queues, MobileTickets mobile, Agencies agencies, OneDoorProperties properties,
                           MessageSource messages) {
        this.queues = queues;
        this.mobile = mobile;
        this.agencies = agencies;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/queue/{centre}/take")
    String take(@PathVariable String centre, Model model) {
        model.addAttribute("lines", lines(centre));
        model.addAttribute("centre", centre);
        model.addAttribute("centreName", centreName(centre));
        return "queue/take";
    }

    @PostMapping("/queue/{centre}/take")
    String issue(@PathVariable String centre, @RequestParam long lineId, Model model) {
        List<QueueLine> lines = lines(centre);
        if (lines.stream().noneMatch(l -> l.id() == lineId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);   // only a forged form
        }
        Ticket t;
        try {
            t = queues.issue(new TicketRequest(centre, lineId, null, TicketChannel.WEB, null, null));
        } catch (DomainException e) {
            model.addAttribute("lines", lines);
            model.addAttribute("centre", centre);
            model.addAttribute("centreName", centreName(centre));
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgs", e.args());
            return "queue/take";   // e.g. the centre is closed now
        }
        return "redirect:" + followPath(centre, t.id(), mobile.secret(centre, t.id()).orElseThrow());
    }

    @GetMapping("/queue/{centre}/tickets/{id}")
    String follow(@PathVariable String centre, @PathVariable long id, @RequestParam(name = "s", required = false) String secret,
                  Model model) {
        status(centre, id, secret, model);
        model.addAttribute("centreName", centreName(centre));
        return "queue/follow";
    }

    /** The live part of the follow page, refreshed by htmx when the centre's board stream moves. */
    @GetMapping("/queue/{centre}/tickets/{id}/status")
    String status(@PathVariable String centre, @PathVariable long id, @RequestParam(name = "s", required = false) String secret,
                  Model model) {
        Ticket t = mobile.follow(centre, id, secret).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int ahead = t.status() == TicketStatus.WAITING ? queues.ahead(t) : 0;
        model.addAttribute("centre", centre);
        model.addAttribute("ticket", t);
        model.addAttribute("secret", secret.strip());
        model.addAttribute("ahead", ahead);
        model.addAttribute("line", lines(centre).stream().filter(l -> l.id() == t.lineId()).findFirst().orElseThrow());
        model.addAttribute("estimate", t.status() == TicketStatus.WAITING ? minutes(centre, t.lineId(), ahead) : null);
        return "queue/follow :: status";
    }

    @GetMapping("/queue/{centre}/poster")
    String poster(@PathVariable String centre, java.util.Locale locale, Model model) {
        lines(centre);
        String url = properties.publicUrl() + "/queue/" + centre + "/take";
        model.addAttribute("centre", centre);
        model.addAttribute("centreName", centreName(centre));
        model.addAttribute("takeUrl", url);
        model.addAttribute("qr", QrSvg.of(url, messages.getMessage("queue.board.poster.qr", null, locale)));
        return "queue/poster";
    }

    static String followPath(String centre, long id, String secret) {
        return "/queue/" + centre + "/tickets/" + id + "?s=" + secret;
    }

    private Long minutes(String centre, long lineId, int ahead) {
        Duration d = queues.estimatedWait(centre, lineId, ahead);
        return d == null ? null : (d.toSeconds() + 59) / 60;
    }

    private List<QueueLine> lines(String centre) {
        List<QueueLine> lines = queues.lines(centre);
        if (lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return lines;
    }

    private String centreName(String centre) {
        return agencies.find(centre).map(Agency::name).orElse(centre);
    }
}
