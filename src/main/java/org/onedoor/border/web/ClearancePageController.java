package org.onedoor.border.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.CrossingQuery;
import org.onedoor.border.CrossingRecord;
import org.onedoor.border.CrossingImages;
import org.onedoor.border.CrossingRegister;
import org.onedoor.border.DeviceCapture;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.ScanInput;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The border guard's clearance screen (htmx): one focused input takes the passport reader's MRZ (typed as a
 * keyboard wedge, lines then Enter) or the declaration QR; the checks come back in place; decision buttons with
 * keyboard shortcuts (F2 clear, F3 secondary, F4 refuse).
 */
@Controller
@PreAuthorize("hasAnyRole('BORDER_GUARD', 'BORDER_SUPERVISOR', 'ADMIN')")
class ClearancePageController {

    private final Clearance clearance;
    private final CrossingRegister register;
    private final MessageSource messages;
    private final CrossingImages images;

    ClearancePageController(Clearance clearance, CrossingRegister register, MessageSource messages,
                            CrossingImages images) {
        this.images = images;
        this.clearance = clearance;
        this.register = register;
        this.messages = messages;
    }

    @GetMapping("/border/{gate}/clearance")
    String page(@PathVariable String gate, Model model) {
        model.addAttribute("gate", gate);
        model.addAttribute("directions", Direction.values());
        counters(gate, model);
        return "border/clearance";
    }

    @PostMapping("/border/{gate}/clearance/scan")
    String scan(@PathVariable String gate, @RequestParam(defaultValue = "") String scan,
                @RequestParam(required = false) Direction direction, Model model, Locale locale) {
        model.addAttribute("gate", gate);
        String text = scan.strip();
        boolean reference = text.toUpperCase(Locale.ROOT).matches("^(.*[/=])?BD-[0-9A-Z]{10}$");
        try {
            ClearanceCase c = clearance.scan(gate, reference
                    ? new ScanInput(text.substring(text.toUpperCase(Locale.ROOT).lastIndexOf("BD-")).toUpperCase(Locale.ROOT), null, direction)
                    : new ScanInput(null, text.replace("\r", ""), direction));
            model.addAttribute("c", c);
        } catch (DomainException e) {
            model.addAttribute("errors", messagesOf(e, locale));
        }
        return "border/clearance :: result";
    }

    @PostMapping("/border/{gate}/clearance/{id}/decision")
    String decide(@PathVariable String gate, @PathVariable long id, @RequestParam Decision decision,
                  @RequestParam(required = false) String reason, Model model, Locale locale) {
        model.addAttribute("gate", gate);
        try {
            CrossingRecord r = clearance.decide(id, decision, reason);
            model.addAttribute("decided", r);
        } catch (DomainException e) {
            model.addAttribute("errors", messagesOf(e, locale));
        }
        counters(gate, model);
        return "border/clearance :: decided";
    }

    /** The guard's photo for the crossing being cleared (decision 0542); answers the crossing's photo list. */
    @PostMapping("/border/{gate}/clearance/{id}/photo")
    String photo(@PathVariable String gate, @PathVariable long id,
                 @RequestParam(name = "photo", required = false) MultipartFile photo, Model model, Locale locale) {
        model.addAttribute("gate", gate);
        model.addAttribute("crossingId", id);
        try {
            if (photo == null || photo.isEmpty()) {
                throw DomainException.invalid(List.of(new FieldViolation("photo", "border.ops2.photo.error.empty")));
            }
            images.attach(id, "PHOTO", new DeviceCapture(photo.getBytes(), photo.getContentType(), null));
            model.addAttribute("photoSaved", true);
        } catch (DomainException e) {
            model.addAttribute("photoErrors", messagesOf(e, locale));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        try {
            model.addAttribute("images", images.list(id));
        } catch (DomainException e) {
            model.addAttribute("images", List.of());
        }
        return "border/clearance :: photos";
    }

    /** One image of a crossing (border roles of the crossing's gate; audited by {@link CrossingImages#open}). */
    @GetMapping("/border/{gate}/clearance/images/{imageId}")
    ResponseEntity<byte[]> image(@PathVariable String gate, @PathVariable long imageId) {
        CrossingImages.Content c = images.open(imageId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(c.image().mediaType()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(c.bytes());
    }

    private void counters(String gate, Model model) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        List<long[]> counts = new ArrayList<>();
        long total = 0;
        for (Decision d : Decision.values()) {
            long n = register.search(new CrossingQuery(gate, today, today, null, null, null, d, null, 0, 1)).total();
            counts.add(new long[] {d.ordinal(), n});
            total += n;
        }
        model.addAttribute("counts", counts);
        model.addAttribute("countTotal", total);
    }

    private List<String> messagesOf(DomainException e, Locale locale) {
        List<String> out = new ArrayList<>();
        for (FieldViolation v : e.violations()) {
            out.add((v.field().equals("photo") ? "" : v.field() + ": ") + messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
        }
        if (out.isEmpty()) {
            out.add(messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return out;
    }
}
