package org.onedoor.queue.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.queue.Appointments;
import org.onedoor.queue.Appointments.Appointment;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The public appointment pages (phone-friendly, three languages, work without JavaScript): choose the line (and
 * optionally the procedure), the day and a free slot, leave a name and a phone or e-mail; the confirmation shows
 * the reference code and its QR (scanned at the kiosk) and links to the page where the citizen sees or cancels it.
 */
@Controller
class AppointmentPageController {

    private final Appointments appointments;
    private final Queues queues;
    private final ObjectProvider<ProcedureCatalog> catalog;
    private final org.onedoor.queue.internal.VisitLookups lookups;

    AppointmentPageController(Appointments appointments, Queues queues, ObjectProvider<ProcedureCatalog> catalog,
                              org.onedoor.queue.internal.VisitLookups lookups) {
        this.appointments = appointments;
        this.lookups = lookups;
        this.queues = queues;
        this.catalog = catalog;
    }

    @GetMapping("/queue/{centre}/appointments")
    String form(@PathVariable String centre, @RequestParam(required = false) Long line,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                @RequestParam(required = false) String procedure, Model model) {
        List<QueueLine> lines = lines(centre);
        List<LocalDate> days = appointments.days(centre);
        String proc = procedure == null || procedure.isBlank() ? null : procedure.strip();
        // a procedure chosen without a line: the line that serves it
        Long lineId = line != null ? line : proc == null ? null : queues.lineFor(centre, proc).map(QueueLine::id).orElse(null);
        QueueLine chosen = lineId == null ? null : lines.stream().filter(l -> l.id() == lineId).findFirst().orElse(null);
        LocalDate chosenDay = day != null && days.contains(day) ? day : null;
        model.addAttribute("centre", centre);
        model.addAttribute("lines", lines);
        model.addAttribute("days", days);
        model.addAttribute("line", chosen);
        model.addAttribute("day", chosenDay);
        model.addAttribute("procedure", proc);
        model.addAttribute("procedures", procedures(centre, lines));
        model.addAttribute("slots", chosen == null || chosenDay == null ? List.of()
                : appointments.slots(centre, chosen.id(), chosenDay));
        model.addAttribute("errors", Map.of());
        return "queue/appointments";
    }

    @PostMapping("/queue/{centre}/appointments")
    String book(@PathVariable String centre, @RequestParam long line,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime start,
                @RequestParam(required = false) String name, @RequestParam(required = false) String phone,
                @RequestParam(required = false) String email, @RequestParam(required = false) String procedure,
                Locale locale, Model model, RedirectAttributes redirect) {
        try {
            Appointment a = appointments.book(new Appointments.BookingRequest(centre, line, start, name, phone, email,
                    procedure, locale.getLanguage()));
            redirect.addAttribute("s", a.secret());
            redirect.addAttribute("booked", true);
            return "redirect:/queue/" + centre + "/appointments/" + a.code();
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldViolation v : e.violations()) {
                errors.putIfAbsent(v.field(), v.messageKey());
            }
            if (errors.isEmpty()) {
                errors.put("start", e.messageKey());
            }
            String form = form(centre, line, start == null ? null : start.toLocalDate(), procedure, model);
            model.addAttribute("errors", errors);
            model.addAttribute("name", name);
            model.addAttribute("phone", phone);
            model.addAttribute("email", email);
            model.addAttribute("start", start);
            return form;
        }
    }

    @GetMapping("/queue/{centre}/appointments/{code}")
    String view(@PathVariable String centre, @PathVariable String code, @RequestParam(name = "s", required = false) String secret,
                @RequestParam(required = false) boolean booked, @RequestParam(required = false) boolean cancelled,
                Model model) {
        Appointment a = appointments.find(code, secret).filter(x -> x.centre().equals(centre))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("centre", centre);
        model.addAttribute("a", a);
        model.addAttribute("line", lines(centre).stream().filter(l -> l.id() == a.lineId()).findFirst().orElse(null));
        model.addAttribute("booked", booked);
        model.addAttribute("cancelled", cancelled);
        model.addAttribute("window", lookups.checkInWindow(centre));
        return "queue/appointment";
    }

    @PostMapping("/queue/{centre}/appointments/{code}/cancel")
    String cancel(@PathVariable String centre, @PathVariable String code, @RequestParam("s") String secret,
                  RedirectAttributes redirect) {
        appointments.find(code, secret).filter(x -> x.centre().equals(centre))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            appointments.cancel(code, secret);
        } catch (DomainException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        redirect.addAttribute("s", secret);
        redirect.addAttribute("cancelled", true);
        return "redirect:/queue/" + centre + "/appointments/" + code;
    }

    /** The code alone as a QR (what the kiosk's scanner reads); the secret is never in it. */
    @GetMapping("/queue/{centre}/appointments/{code}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String centre, @PathVariable String code) {
        if (!code.matches("[A-Z2-9]{8}")) {
            return ResponseEntity.notFound().build();
        }
        try {
            var matrix = new QRCodeWriter().encode(code, BarcodeFormat.QR_CODE, 240, 240,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                    .body(out.toByteArray());
        } catch (WriterException e) {
            return ResponseEntity.badRequest().build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<QueueLine> lines(String centre) {
        List<QueueLine> lines = queues.lines(centre);
        if (lines.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return lines;
    }

    /** The procedures the centre's lines serve, code → name (in the catalogue's words), for the optional choice. */
    private Map<String, String> procedures(String centre, List<QueueLine> lines) {
        ProcedureCatalog c = catalog.getIfAvailable();
        LocalDate today = LocalDate.now(org.onedoor.common.VietnamTime.ZONE);
        Map<String, String> result = new LinkedHashMap<>();
        for (QueueLine l : lines) {
            for (String code : queues.procedures(centre, l.id())) {
                String name = c == null ? code : c.effective(code, today).map(Procedure::name).orElse(code);
                result.putIfAbsent(code, name);
            }
        }
        return result;
    }
}
