package org.onedoor.ecopy.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.ecopy.internal.CertificationRegister;
import org.onedoor.ecopy.internal.CopyDelivery;
import org.onedoor.ecopy.internal.CopyRequest;
import org.onedoor.ecopy.internal.OfficerReview;
import org.onedoor.ecopy.internal.RegisterExport;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The certifying officers' back office: the review queue (side by side: scans, what the machine read, the face
 * photo with the card data), batch approval, rejection with a reason, and the certification register by month.
 * The commune's justice officer is its specialist ("công chức tư pháp – hộ tịch"); leaders and signers see it too
 * (decision 0368). Each officer sees their own agency only.
 */
@Controller
@PreAuthorize(ReviewController.CERTIFIERS)
class ReviewController {

    static final String CERTIFIERS = "hasAnyRole('SPECIALIST','LEADER','SIGNER')";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OfficerReview review;
    private final CertificationRegister register;
    private final CopyDelivery delivery;
    private final Officers officers;
    private final MessageSource messages;
    private final Clock clock;

    ReviewController(OfficerReview review, CertificationRegister register, CopyDelivery delivery, Officers officers,
                     MessageSource messages, Optional<Clock> clock) {
        this.review = review;
        this.register = register;
        this.delivery = delivery;
        this.officers = officers;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @GetMapping("/workspace/copies")
    String queue(Model model) {
        model.addAttribute("requests", review.queue(officer()));
        return "ecopy/workspace/queue";
    }

    @GetMapping("/workspace/copies/{id}")
    String detail(@PathVariable UUID id, Model model) {
        CopyRequest r = review.open(officer(), id);
        model.addAttribute("request", r);
        model.addAttribute("fields", fields(r));
        return "ecopy/workspace/review";
    }

    @GetMapping("/workspace/copies/{id}/pages/{n}")
    ResponseEntity<byte[]> page(@PathVariable UUID id, @PathVariable int n) {
        CopyRequest r = review.open(officer(), id);
        if (n < 1 || n > r.scanSha256().size()) {
            return ResponseEntity.notFound().build();
        }
        return image(MediaType.IMAGE_PNG, delivery.pageImage(r.scanSha256().get(n - 1)));
    }

    @GetMapping("/workspace/copies/{id}/face")
    ResponseEntity<byte[]> face(@PathVariable UUID id) {
        CopyRequest r = review.open(officer(), id);
        if (r.facePhotoSha256() == null) {
            return ResponseEntity.notFound().build();
        }
        byte[] photo = delivery.pageImage(r.facePhotoSha256());
        boolean png = photo.length > 1 && photo[0] == (byte) 0x89;
        return image(png ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG, photo);
    }

    @PostMapping("/workspace/copies/approve")
    String approve(@RequestParam(name = "ids", required = false) List<UUID> ids, RedirectAttributes flash) {
        int n = ids == null ? 0 : review.approve(officer(), ids);
        flash.addFlashAttribute("approved", n);
        return "redirect:/workspace/copies";
    }

    @PostMapping("/workspace/copies/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model,
                  RedirectAttributes flash) {
        try {
            review.reject(officer(), id, reason);
        } catch (DomainException e) {
            model.addAttribute("errors", Problems.of(e, messages));
            return detail(id, model);
        }
        flash.addFlashAttribute("rejected", true);
        return "redirect:/workspace/copies";
    }

    @GetMapping("/workspace/copies/register")
    String register(@RequestParam(required = false) YearMonth month, Model model) {
        YearMonth m = month == null ? YearMonth.now(clock.withZone(VietnamTime.ZONE)) : month;
        model.addAttribute("month", m);
        model.addAttribute("entries", register.month(officer().agencyCode(), m));
        return "ecopy/workspace/register";
    }

    @GetMapping("/workspace/copies/register.csv")
    ResponseEntity<byte[]> registerCsv(@RequestParam YearMonth month) {
        Officer officer = officer();
        byte[] csv = RegisterExport.csv(register.month(officer.agencyCode(), month)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("so-chung-thuc-" + officer.agencyCode() + "-" + month + ".csv").build().toString())
                .body(csv);
    }

    static Map<String, String> fields(CopyRequest r) {
        return r.recognisedFieldsJson() == null ? Map.of()
                : JSON.readValue(r.recognisedFieldsJson(), new TypeReference<Map<String, String>>() { });
    }

    private Officer officer() {
        return officers.current().orElseThrow(() -> new AccessDeniedException("not an officer"));
    }

    private static ResponseEntity<byte[]> image(MediaType type, byte[] bytes) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CACHE_CONTROL, "no-store").body(bytes);
    }
}
