package org.onedoor.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.PublicTracking;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * "Check my dossier" at the procedure kiosk (decision 0431): the citizen scans the receipt's QR code (a keyboard-wedge
 * scanner types it into the focused field and presses Enter) or photographs it, then confirms with the applicant's ID
 * number, business code or phone, because the QR code carries the dossier code only. The public tracking rules hold
 * (decision 0222): the dossier module's public view only, one answer for an unknown code and a wrong secret, failed
 * look-ups throttled, nothing cached. The secret is POSTed, so it stays out of the kiosk browser's history, and the
 * inactivity timeout takes the screen back to the kiosk home.
 */
@Controller
class KioskStatusController {

    private final DossierQueries queries;
    private final Clock clock;
    private final TrackingThrottle throttle;

    KioskStatusController(DossierQueries queries, Optional<Clock> clock) {
        this.queries = queries;
        this.clock = clock.orElse(Clock.systemUTC());
        this.throttle = new TrackingThrottle(this.clock);
    }

    @GetMapping("/kiosk/procedures/status")
    String form(@RequestParam(required = false) String centre, Model model) {
        ProcedureKioskController.kiosk(model, centre);
        return "portal/kiosk/status";
    }

    @PostMapping("/kiosk/procedures/status")
    String check(@RequestParam(required = false) String centre, @RequestParam(required = false) String qr,
                 @RequestParam(required = false) MultipartFile qrImage, @RequestParam(required = false) String code,
                 @RequestParam(required = false) String secret, Model model, HttpServletRequest request,
                 HttpServletResponse response) {
        ProcedureKioskController.kiosk(model, centre);
        response.setHeader("Cache-Control", "no-store");
        String s = secret == null ? "" : secret.strip().replace(" ", "");
        Optional<String> scanned = code != null && !code.isBlank() ? ReceiptQr.code(code) : scanned(qr, qrImage, model);
        if (scanned.isEmpty()) {
            if (model.getAttribute("error") == null) {
                model.addAttribute("error", "queue.lookup.status.notReceipt");
            }
            return "portal/kiosk/status";
        }
        model.addAttribute("code", scanned.get());
        if (s.isEmpty()) {
            // step two: the QR code gave the dossier code; the secret is asked for on the kiosk's keypad
            model.addAttribute("missingSecret", secret != null);
            return "portal/kiosk/status";
        }
        // one kiosk is one address for every citizen: count failures per address AND code, so a guesser is stopped
        // on that dossier without locking the kiosk for the people queueing behind
        String client = request.getRemoteAddr() + "|" + scanned.get();
        if (throttle.blocked(client)) {
            model.addAttribute("error", "queue.lookup.status.throttled");
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "portal/kiosk/status";
        }
        Optional<PublicTracking> tracking = queries.trackPublic(scanned.get(), s);
        if (tracking.isEmpty()) {
            throttle.failed(client);
            model.addAttribute("error", "queue.lookup.status.notFound");
            model.addAttribute("missingSecret", false);
            return "portal/kiosk/status";
        }
        model.addAttribute("tracking", tracking.get());
        model.addAttribute("timing", TrackingController.timing(tracking.get(), clock.instant()));
        return "portal/kiosk/status";
    }

    private static Optional<String> scanned(String qr, MultipartFile qrImage, Model model) {
        if (qrImage != null && !qrImage.isEmpty()) {
            try {
                Optional<String> code = ReceiptQr.code(ReceiptQr.decode(qrImage.getBytes()));
                if (code.isEmpty()) {
                    model.addAttribute("error", "queue.lookup.status.notReceipt");
                }
                return code;
            } catch (ReceiptQr.PhotoException e) {
                model.addAttribute("error", e.problem == ReceiptQr.PhotoProblem.NO_QR
                        ? "queue.lookup.status.noQrOnPhoto" : "queue.lookup.status.unreadablePhoto");
                return Optional.empty();
            } catch (IOException e) {
                model.addAttribute("error", "queue.lookup.status.unreadablePhoto");
                return Optional.empty();
            }
        }
        if (qr == null || qr.isBlank()) {
            model.addAttribute("error", "queue.lookup.status.required");
            return Optional.empty();
        }
        return ReceiptQr.code(qr);
    }
}
