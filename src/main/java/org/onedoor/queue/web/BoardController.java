package org.onedoor.queue.web;

import org.onedoor.agency.Agencies;
import org.onedoor.agency.Agency;
import org.onedoor.queue.Queues;
import org.onedoor.queue.live.BoardFeed;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The waiting-room display board (public; a TV at 1920×1080 or a phone): the current call per counter, the last
 * calls, waiting counts with estimated waits and a clock, updated live over server-sent events, with the call
 * announced by the browser (decisions 0410–0412). Language: {@code ?lang=vi|en|id}.
 */
@Controller
class BoardController {

    private final Queues queues;
    private final BoardFeed feed;
    private final Agencies agencies;

    BoardController(Queues queues, BoardFeed feed, Agencies agencies) {
        this.queues = queues;
        this.feed = feed;
        this.agencies = agencies;
    }

    @GetMapping("/queue/{centre}/board")
    String board(@PathVariable String centre, @RequestParam(required = false) String lang, Model model) {
        if (queues.lines(centre).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (lang == null) {
            // the board speaks Vietnamese unless its address says otherwise, whatever the TV browser's language
            return "redirect:/queue/" + centre + "/board?lang=vi";
        }
        model.addAttribute("centre", centre);
        model.addAttribute("centreName", agencies.find(centre).map(Agency::name).orElse(centre));
        return "queue/board";
    }

    /**
     * The board's stream: a {@code snapshot} first (or, with a Last-Event-ID still in the replay ring, the missed
     * messages), then {@code called}, {@code recalled}, {@code resumed} and {@code lines} messages and heartbeats.
     * {@code lastEventId} as a parameter serves a board that opens a new connection after an error (browsers send
     * the header only when they reconnect by themselves).
     */
    @GetMapping(path = "/queue/{centre}/board/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ResponseBody
    SseEmitter events(@PathVariable String centre,
                      @RequestHeader(value = "Last-Event-ID", required = false) String lastEventIdHeader,
                      @RequestParam(value = "lastEventId", required = false) String lastEventIdParam) {
        if (queues.lines(centre).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);   // no fan-out state for made-up centres
        }
        SseEmitter emitter = feed.subscribe(centre, parse(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam));
        if (emitter == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return emitter;
    }

    private static Long parse(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;   // not one of ours: start from a snapshot
        }
    }
}
