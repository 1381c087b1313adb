package org.onedoor.ecopy.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.DomainException.Kind;
import org.onedoor.common.FieldViolation;
import org.onedoor.identity.Officer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's part: what the machine could not verify (a face no verifier confirmed, a document with problems)
 * waits in the agency's queue; the officer approves (in batches) or rejects with a reason, which the citizen is told.
 * Officers see and decide only their own agency's requests.
 */
@Service
public class OfficerReview {

    private final CopyRequests requests;
    private final AuditTrail audit;
    private final RejectionNotice notice;
    private final Clock clock;

    OfficerReview(CopyRequests requests, AuditTrail audit, RejectionNotice notice, Optional<Clock> clock) {
        this.requests = requests;
        this.audit = audit;
        this.notice = notice;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public List<CopyRequest> queue(Officer officer) {
        return requests.awaitingReview(officer.agencyCode(), 200);
    }

    /** One request to review; audited as a read of personal data. */
    public CopyRequest open(Officer officer, UUID id) {
        CopyRequest r = ownRequest(officer, id);
        audit.recordRead("ecopy.review.read", "copy-request", id.toString(), null);
        return r;
    }

    /** Approves each request: the face, the document, or both, whichever was waiting. Returns how many changed. */
    @Transactional
    public int approve(Officer officer, List<UUID> ids) {
        int changed = 0;
        for (UUID id : ids) {
            CopyRequest r = requests.lock(id).filter(x -> x.agencyCode().equals(officer.agencyCode()))
                    .orElseThrow(() -> DomainException.notFound("ecopy.request.notFound"));
            RequestState next = switch (r.state()) {
                case AWAITING_FACE_REVIEW -> RequestState.AUTHENTICATED;
                case AWAITING_OFFICER_REVIEW -> RequestState.RECOGNISED;
                default -> null;
            };
            if (next == null) {
                continue;   // decided meanwhile by a colleague: approving twice changes nothing
            }
            boolean document = r.state() == RequestState.AWAITING_OFFICER_REVIEW;
            requests.officerApproval(id, officer.username(), !r.faceSettled(), document, next, clock.instant());
            audit.record("ecopy.review.approve", "copy-request", id.toString(),
                    (document ? "document" : "face") + " approved" + (r.faceSettled() ? "" : ", face confirmed"));
            changed++;
        }
        return changed;
    }

    @Transactional
    public void reject(Officer officer, UUID id, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw DomainException.invalid(List.of(new FieldViolation("reason", "ecopy.review.reason.required")));
        }
        CopyRequest r = requests.lock(id).filter(x -> x.agencyCode().equals(officer.agencyCode()))
                .orElseThrow(() -> DomainException.notFound("ecopy.request.notFound"));
        if (r.state() != RequestState.AWAITING_FACE_REVIEW && r.state() != RequestState.AWAITING_OFFICER_REVIEW) {
            throw new DomainException(Kind.CONFLICT, "ecopy.request.wrongState", r.state().name());
        }
        requests.reject(id, officer.username(), reason.strip(), clock.instant());
        audit.record("ecopy.review.reject", "copy-request", id.toString(), reason.strip());
        notice.rejected(r, reason.strip());
    }

    private CopyRequest ownRequest(Officer officer, UUID id) {
        return requests.find(id).filter(x -> x.agencyCode().equals(officer.agencyCode()))
                .orElseThrow(() -> DomainException.notFound("ecopy.request.notFound"));
    }
}
