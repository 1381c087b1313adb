package org.onedoor.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.DossierResults;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.PublicTracking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public tracking ("tra cứu hồ sơ"): the dossier code plus the applicant's ID number (or business code) or phone.
 * An unknown code and a wrong secret give the very same answer (decision 0222). The QR code on the receipt opens
 * {@code /track?code=…}; the page then asks for the secret.
 */
@Controller
class TrackingController {

    private final DossierQueries queries;
    private final Clock clock;
    private final TrackingThrottle throttle;
    private final DossierResults results;

    TrackingController(DossierQueries queries, Optional<Clock> clock, DossierResults results) {
        this.queries = queries;
        this.results = results;
        this.clock = clock.orElse(Clock.systemUTC());
        this.throttle = new TrackingThrottle(this.clock);
    }

    /** How the dossier stands against its due date, for the badge next to the status. */
    enum Timing { IN_TIME, OVERDUE, FINISHED_ON_TIME, FINISHED_LATE, PAUSED }

    @GetMapping("/track")
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String secret,
                 Model model, HttpServletRequest request, HttpServletResponse response) {
        String c = code == null ? "" : code.strip();
        String s = secret == null ? "" : secret.strip().replace(" ", "");
        model.addAttribute("code", c);
        if (c.isEmpty() || s.isEmpty()) {
            model.addAttribute("missingSecret", !c.isEmpty() && secret != null);
            return "portal/track";
        }
        // the secret travels in the query string: keep it out of caches and of the next site's Referer
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
        String client = request.getRemoteAddr();
        if (throttle.blocked(client)) {
            model.addAttribute("throttled", true);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "portal/track";
        }
        Optional<PublicTracking> tracking = queries.trackPublic(c, s);
        if (tracking.isEmpty()) {
            throttle.failed(client);
            model.addAttribute("notFound", true);
            return "portal/track";
        }
        model.addAttribute("tracking", tracking.get());
        model.addAttribute("timing", timing(tracking.get(), clock.instant()));
        // the signed result document, once returned (decision 0173); the secret was checked just above
        model.addAttribute("resultAvailable", tracking.get().status() == DossierStatus.RESULT_RETURNED
                && results.hasReturnedResult(tracking.get().code()));
        model.addAttribute("secret", s);
        return "portal/track";
    }

    static Timing timing(PublicTracking t, Instant now) {
        if (t.finishedAt() != null) {
            return t.dueAt() != null && t.finishedAt().isAfter(t.dueAt()) ? Timing.FINISHED_LATE : Timing.FINISHED_ON_TIME;
        }
        if (t.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            return Timing.PAUSED;
        }
        return t.dueAt() != null && now.isAfter(t.dueAt()) ? Timing.OVERDUE : Timing.IN_TIME;
    }
}
