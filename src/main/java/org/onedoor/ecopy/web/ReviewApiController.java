package org.onedoor.ecopy.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onedoor.ecopy.internal.CertificationRegister;
import org.onedoor.ecopy.internal.OfficerReview;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The certifying officer's review queue and register, for the officer's own agency. */
@RestController
@PreAuthorize(ReviewController.CERTIFIERS)
@Tag(name = "Certified copies: officer review")
class ReviewApiController {

    private final OfficerReview review;
    private final CertificationRegister register;
    private final Officers officers;

    ReviewApiController(OfficerReview review, CertificationRegister register, Officers officers) {
        this.review = review;
        this.register = register;
        this.officers = officers;
    }

    record Approval(List<UUID> ids) {
    }

    record Rejection(String reason) {
    }

    record RegisterRow(String certificationNumber, String code, String holderName, String documentType, int pages,
                       String officerName, java.time.Instant issuedAt, String sha256) {
    }

    @GetMapping("/api/v1/copies/reviews")
    @Operation(summary = "Requests of the officer's agency waiting for an officer")
    List<RequestView> queue() {
        return review.queue(officer()).stream().map(r -> RequestView.of(r, null)).toList();
    }

    @PostMapping("/api/v1/copies/reviews/approvals")
    @Operation(summary = "Approve requests in a batch (the face, the document, or both, whichever waits)")
    Map<String, Integer> approve(@RequestBody Approval body) {
        return Map.of("approved", review.approve(officer(), body.ids() == null ? List.of() : body.ids()));
    }

    @PostMapping("/api/v1/copies/reviews/{id}/rejection")
    @Operation(summary = "Reject a request with a reason; the citizen is told by e-mail or SMS when they gave one")
    Map<String, String> reject(@PathVariable UUID id, @RequestBody Rejection body) {
        review.reject(officer(), id, body.reason());
        return Map.of("state", "REJECTED");
    }

    @GetMapping("/api/v1/copies/register")
    @Operation(summary = "The agency's certification register for a month (yyyy-MM)")
    List<RegisterRow> register(@RequestParam YearMonth month) {
        return register.month(officer().agencyCode(), month).stream()
                .map(e -> new RegisterRow(e.certificationNumber(), e.code(), e.holderName(), e.documentType(), e.pages(),
                        e.officerName(), e.issuedAt(), e.sha256()))
                .toList();
    }

    private Officer officer() {
        return officers.current().orElseThrow(() -> new AccessDeniedException("not an officer"));
    }
}
