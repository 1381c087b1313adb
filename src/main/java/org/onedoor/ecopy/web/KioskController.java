package org.onedoor.ecopy.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.onedoor.common.DomainException;
import org.onedoor.ecopy.internal.CardReader;
import org.onedoor.ecopy.internal.CertificationRegister;
import org.onedoor.ecopy.internal.CopyDelivery;
import org.onedoor.ecopy.internal.CopyIssuer;
import org.onedoor.ecopy.internal.CopyRequest;
import org.onedoor.ecopy.internal.EcopyProperties;
import org.onedoor.ecopy.internal.Identification;
import org.onedoor.ecopy.internal.KioskJourney;
import org.onedoor.ecopy.internal.KioskPayment;
import org.onedoor.ecopy.internal.KioskRecognition;
import org.onedoor.ecopy.internal.RegisterEntry;
import org.onedoor.ecopy.internal.RequestState;
import org.onedoor.ecopy.internal.ScanUpload;
import org.onedoor.identity.Citizen;
import org.onedoor.identity.Citizens;
import org.onedoor.payment.PaymentOrder;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The kiosk's pages, one per step (identify, face, scan, result, pay, issue, deliver), for a touch screen. The
 * browser session holds the kiosk's id and the current request's secret; each page sends the citizen to the step
 * their request is at, so the back button and a reload never break the journey.
 */
@Controller
class KioskController {

    private final KioskJourney journey;
    private final KioskRecognition recognition;
    private final KioskPayment payment;
    private final CopyIssuer issuer;
    private final CertificationRegister register;
    private final CardReader cards;
    private final ScanUpload scans;
    private final CopyDelivery delivery;
    private final EcopyProperties properties;
    private final Citizens citizens;
    private final MessageSource messages;

    KioskController(KioskJourney journey, KioskRecognition recognition, KioskPayment payment, CopyIssuer issuer,
                    CertificationRegister register, CardReader cards, ScanUpload scans, CopyDelivery delivery, EcopyProperties properties,
                    Citizens citizens, MessageSource messages) {
        this.journey = journey;
        this.recognition = recognition;
        this.payment = payment;
        this.issuer = issuer;
        this.register = register;
        this.cards = cards;
        this.scans = scans;
        this.delivery = delivery;
        this.properties = properties;
        this.citizens = citizens;
        this.messages = messages;
    }

    @GetMapping("/kiosk/copies")
    String start(@RequestParam(required = false) String kiosk, @RequestParam(required = false) String method,
                 HttpSession session, Model model) {
        if (kiosk != null && properties.kiosk(kiosk) != null) {
            KioskSession.kiosk(session, kiosk);
        }
        String kioskId = KioskSession.kiosk(session);
        model.addAttribute("kiosk", kioskId == null ? null : properties.kiosk(kioskId));
        model.addAttribute("kiosks", properties.kiosks());
        model.addAttribute("method", method == null ? "qr" : method);
        return step(model, 1, "ecopy/kiosk/identify");
    }

    @PostMapping("/kiosk/copies/new")
    String newCitizen(HttpSession session) {
        KioskSession.clear(session);
        return "redirect:/kiosk/copies";
    }

    @PostMapping("/kiosk/copies/identify")
    String identify(@RequestParam String method, @RequestParam(required = false) String qr,
                    @RequestParam(required = false) String mrz, @RequestParam(required = false) String idNumber,
                    @RequestParam(required = false) String fullName,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
                    @RequestParam(required = false) MultipartFile qrImage,
                    HttpSession session, Model model) throws java.io.IOException {
        String kioskId = KioskSession.kiosk(session);
        try {
            if (kioskId == null) {
                throw DomainException.notFound("ecopy.kiosk.unknown", "");
            }
            Identification who = switch (method) {
                case "qr" -> (qr == null || qr.isBlank()) && qrImage != null && !qrImage.isEmpty()
                        ? cards.fromQrImage(qrImage.getBytes()) : cards.fromQr(qr);
                case "mrz" -> cards.fromMrz(mrz);
                default -> new Identification(idNumber == null ? null : idNumber.strip(), fullName, birthDate, null, "MANUAL");
            };
            String citizen = citizens.current().map(Citizen::username).orElse(null);
            KioskJourney.Started started = journey.start(kioskId, who, null, null,
                    LocaleContextHolder.getLocale().getLanguage(), citizen);
            KioskSession.start(session, kioskId, started.id(), started.token());
            return "redirect:/kiosk/copies/face";
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
            model.addAttribute("idNumber", idNumber);
            model.addAttribute("fullName", fullName);
            model.addAttribute("birthDate", birthDate);
            return start(null, method, session, model);
        }
    }

    @GetMapping("/kiosk/copies/face")
    String face(HttpSession session, Model model) {
        return page(session, model, 2, "ecopy/kiosk/face");
    }

    @PostMapping("/kiosk/copies/face")
    String takeFace(@RequestParam("photo") MultipartFile photo, HttpSession session, Model model) throws IOException {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return "redirect:/kiosk/copies";
        }
        try {
            journey.authenticate(k.requestId(), k.token(), photo.getBytes());
            return "redirect:/kiosk/copies/scan";
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
            return face(session, model);
        }
    }

    @GetMapping("/kiosk/copies/scan")
    String scan(HttpSession session, Model model) {
        return page(session, model, 3, "ecopy/kiosk/scan");
    }

    @PostMapping("/kiosk/copies/scan")
    String upload(@RequestParam("files") List<MultipartFile> files, HttpSession session, Model model) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return "redirect:/kiosk/copies";
        }
        try {
            scans.upload(k.requestId(), k.token(), files);
            recognition.recognise(k.requestId(), k.token());
            return "redirect:/kiosk/copies/result";
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
            return scan(session, model);
        }
    }

    @GetMapping("/kiosk/copies/result")
    String result(HttpSession session, Model model) {
        String view = page(session, model, 4, "ecopy/kiosk/result");
        if (model.getAttribute("request") instanceof CopyRequest r) {
            model.addAttribute("fields", RequestView.fields(r));
            if (r.state() == RequestState.RECOGNISED) {
                model.addAttribute("step", 5);   // checked: the citizen is at the payment step
            }
        }
        return view;
    }

    /**
     * htmx: polled by a page showing a request in state {@code shown} (waiting for an officer, recognising): once the
     * state has moved on, the browser goes to the page of the new state.
     */
    @GetMapping("/kiosk/copies/status")
    String status(@RequestParam(defaultValue = "") String shown, HttpSession session, Model model,
                  HttpServletResponse response) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            response.setHeader("HX-Redirect", "/kiosk/copies");
            return "ecopy/kiosk/fragments :: empty";
        }
        CopyRequest r = journey.get(k.requestId(), k.token());
        if (!r.state().name().equals(shown)) {
            response.setHeader("HX-Redirect", next(r.state()));
        }
        model.addAttribute("request", r);
        return "ecopy/kiosk/fragments :: status";
    }

    @PostMapping("/kiosk/copies/pay")
    String pay(HttpSession session, Model model) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return "redirect:/kiosk/copies";
        }
        try {
            return payment.pay(k.requestId(), k.token(), "/kiosk/copies/paid").map(PaymentOrder::payUrl)
                    .map(url -> "redirect:" + url).orElse("redirect:/kiosk/copies/issue");
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
            return result(session, model);
        }
    }

    @GetMapping("/kiosk/copies/paid")
    String paid(HttpSession session) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return "redirect:/kiosk/copies";
        }
        payment.refresh(k.requestId(), k.token());
        return "redirect:/kiosk/copies/issue";
    }

    @GetMapping("/kiosk/copies/issue")
    String issue(HttpSession session, Model model) {
        return page(session, model, 6, "ecopy/kiosk/issue");
    }

    /** htmx, from the issue page as soon as it loads: issues (idempotent) and sends the browser to delivery. */
    @PostMapping("/kiosk/copies/issue")
    String doIssue(HttpSession session, Model model, HttpServletResponse response) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            response.setHeader("HX-Redirect", "/kiosk/copies");
            return "ecopy/kiosk/fragments :: empty";
        }
        CopyRequest r = payment.refresh(k.requestId(), k.token());
        try {
            if (r.state() == RequestState.PAID || r.state() == RequestState.ISSUED) {
                issuer.issue(r.id());
                response.setHeader("HX-Redirect", "/kiosk/copies/deliver");
            }
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
        }
        model.addAttribute("request", journey.get(k.requestId(), k.token()));
        return "ecopy/kiosk/fragments :: status";
    }

    @GetMapping("/kiosk/copies/deliver")
    String deliver(HttpSession session, Model model) {
        String view = page(session, model, 7, "ecopy/kiosk/deliver");
        KioskSession k = KioskSession.current(session);
        if (k != null) {
            register.ofRequest(k.requestId()).filter(RegisterEntry::issued).ifPresent(e -> {
                model.addAttribute("copy", e);
                model.addAttribute("verifyUrl", issuer.verifyUrl(e.code()));
            });
        }
        return view;
    }

    @PostMapping("/kiosk/copies/email")
    String email(@RequestParam String email, HttpSession session, Model model) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return "redirect:/kiosk/copies";
        }
        try {
            delivery.emailLink(k.requestId(), k.token(), email);
            model.addAttribute("emailSent", email);
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
        }
        return deliver(session, model);
    }

    /** Renders the step's page, or sends the citizen to the step their request is really at. */
    private String page(HttpSession session, Model model, int step, String view) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return "redirect:/kiosk/copies";
        }
        CopyRequest r;
        try {
            r = journey.get(k.requestId(), k.token());
        } catch (DomainException e) {
            KioskSession.clear(session);
            return "redirect:/kiosk/copies";
        }
        String at = next(r.state());
        String here = "/kiosk/copies/" + view.substring(view.lastIndexOf('/') + 1);
        if (at != null && !at.equals(here) && !(here.endsWith("/face") && at.endsWith("/scan"))) {
            return "redirect:" + at;
        }
        model.addAttribute("request", r);
        model.addAttribute("kiosk", properties.kiosk(k.kioskId()));
        return step(model, step, view);
    }

    /** Where a request in this state continues. */
    static String next(RequestState state) {
        return switch (state) {
            case IDENTIFIED -> "/kiosk/copies/face";
            case AUTHENTICATED, AWAITING_FACE_REVIEW -> "/kiosk/copies/scan";
            case SCANNED, AWAITING_OFFICER_REVIEW, RECOGNISED, REJECTED, EXPIRED -> "/kiosk/copies/result";
            case PAID -> "/kiosk/copies/issue";
            case ISSUED -> "/kiosk/copies/deliver";
        };
    }

    private static String step(Model model, int step, String view) {
        model.addAttribute("step", step);
        model.addAttribute("steps", List.of("identify", "face", "scan", "recognise", "pay", "issue", "deliver"));
        return view;
    }

    @GetMapping("/kiosk/copies/download")
    org.springframework.http.ResponseEntity<byte[]> download(HttpSession session) {
        KioskSession k = KioskSession.current(session);
        RegisterEntry e = k == null ? null : register.ofRequest(k.requestId()).filter(RegisterEntry::issued).orElse(null);
        if (e == null) {
            return org.springframework.http.ResponseEntity.notFound().build();
        }
        return CopyDownloads.pdf(e.code(), delivery.content(e.code()));
    }

    /** A scanned page of the session's own request, for the print page. */
    @GetMapping("/kiosk/copies/pages/{n}")
    org.springframework.http.ResponseEntity<byte[]> pageImage(@org.springframework.web.bind.annotation.PathVariable int n,
                                                              HttpSession session) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            return org.springframework.http.ResponseEntity.notFound().build();
        }
        List<String> pages = journey.get(k.requestId(), k.token()).scanSha256();
        if (n < 1 || n > pages.size()) {
            return org.springframework.http.ResponseEntity.notFound().build();
        }
        return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.IMAGE_PNG)
                .header("Cache-Control", "no-store").body(delivery.pageImage(pages.get(n - 1)));
    }

    /** htmx, every 2 s on the scan page: a scan from this kiosk's scanner folder arrived (scan module). */
    @GetMapping("/kiosk/copies/scanner")
    String scanner(HttpSession session, Model model, HttpServletResponse response) {
        KioskSession k = KioskSession.current(session);
        if (k == null) {
            response.setHeader("HX-Redirect", "/kiosk/copies");
            return "ecopy/kiosk/fragments :: empty";
        }
        CopyRequest r = journey.get(k.requestId(), k.token());
        if (!r.state().name().equals("AUTHENTICATED") && !r.state().name().equals("AWAITING_FACE_REVIEW")) {
            response.setHeader("HX-Redirect", next(r.state()));   // scanned (by the folder watcher) or further
        }
        return "ecopy/kiosk/fragments :: scanner";
    }

    @GetMapping("/kiosk/copies/print")
    String print(HttpSession session, Model model) {
        String view = deliver(session, model);
        return view.startsWith("redirect:") ? view : "ecopy/kiosk/print";
    }
}
