package org.onedoor.queue.web;

import java.util.List;
import java.util.Optional;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.queue.PriorityGroup;
import org.onedoor.queue.FloorStatistics;
import org.onedoor.queue.ServiceCounter;
import org.onedoor.queue.TicketAction;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tickets, calls and the board of a service centre ({@code centre} = its agency code). */
@RestController
@Tag(name = "Service-centre floor")
class QueueApiController {

    private final Queues queues;
    private final Officers officers;

    QueueApiController(Queues queues, Officers officers) {
        this.queues = queues;
        this.officers = officers;
    }

    /** @param priorityGroup optional: ELDERLY, DISABLED, PREGNANT or INFANT */
    record IssueRequest(Long lineId, String priorityGroup) {
    }

    /** @param estimatedWaitSeconds tickets ahead × average service time ÷ open counters (decision 0406) */
    record IssuedView(long id, int number, String code, String priorityGroup, int position, int waiting,
                      long estimatedWaitSeconds) {
    }

    record NextRequest(List<Long> lineIds) {
    }

    record CallView(long id, String code, String counter, String status, String calledAt) {
    }

    /** A ticket as the counter sees it (the public board shows only {@link CallView}). */
    record DeskView(long id, String code, long lineId, String counter, String status, String calledAt, String channel,
                    String priorityGroup, String dossierCode) {

        static DeskView of(Ticket t) {
            return new DeskView(t.id(), t.code(), t.lineId(), t.counter(), t.status().name(),
                    t.calledAt() == null ? null : t.calledAt().toString(), t.channel().name(),
                    t.priorityGroup() == null ? null : t.priorityGroup().name(), t.dossierCode());
        }
    }

    record LineView(long id, String prefix, String nameVi, String nameEn, String nameId, int waiting) {
    }

    record BoardView(List<CallView> calls, List<LineView> lines) {
    }

    @PostMapping("/api/v1/queue/{centre}/tickets")
    @Operation(summary = "Issue a ticket (kiosk or web page; public)")
    ResponseEntity<IssuedView> issue(@PathVariable String centre, @RequestBody IssueRequest request) {
        if (request == null || request.lineId() == null) {
            throw DomainException.invalid(List.of(
                    new FieldViolation("lineId", "queue.error.lineRequired")));
        }
        Ticket t = queues.issue(centre, request.lineId(), group(request.priorityGroup()));
        int ahead = queues.ahead(t);
        return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedView(t.id(), t.number(), t.code(),
                t.priorityGroup() == null ? null : t.priorityGroup().name(), ahead + 1,
                queues.waiting(centre, t.lineId()), queues.estimatedWait(centre, t.lineId(), ahead).toSeconds()));
    }

    @PostMapping("/api/v1/queue/{centre}/counters/{counter}/next")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Call the next ticket to a counter (desk officer): of the given lines, or without lineIds "
            + "by the counter's work profile; tickets transferred to the counter come first. 204 when nobody waits")
    ResponseEntity<DeskView> next(@PathVariable String centre, @PathVariable String counter,
                                  @RequestBody(required = false) NextRequest request) {
        Officer officer = deskOfficer(centre);
        Optional<Ticket> called = request == null || request.lineIds() == null || request.lineIds().isEmpty()
                ? queues.callNext(centre, counter, officer.username())
                : queues.callNext(centre, counter, officer.username(), request.lineIds());
        return called.map(t -> ResponseEntity.ok(DeskView.of(t))).orElseGet(() -> ResponseEntity.noContent().build());
    }

    /** @param toLineId the line to send the ticket to; toCounter the counter (either or both) */
    record TransferRequest(Long toLineId, String toCounter) {
    }

    @PostMapping("/api/v1/queue/{centre}/tickets/{id}/transfer")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Transfer a called or serving ticket to another line (it keeps its place) or to a counter "
            + "(called there first) (desk officer)")
    DeskView transfer(@PathVariable String centre, @PathVariable long id,
                      @RequestBody(required = false) TransferRequest request) {
        Officer officer = deskOfficer(centre);
        return DeskView.of(queues.transfer(centre, id, request == null ? null : request.toLineId(),
                request == null ? null : request.toCounter(), officer.username()));
    }

    record WalkInRequest(Long lineId) {
    }

    @PostMapping("/api/v1/queue/{centre}/counters/{counter}/walk-ins")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Serve a citizen who came to the counter without a ticket: a WALK_IN ticket already "
            + "SERVING (desk officer)")
    ResponseEntity<DeskView> walkIn(@PathVariable String centre, @PathVariable String counter,
                                    @RequestBody(required = false) WalkInRequest request) {
        Officer officer = deskOfficer(centre);
        if (request == null || request.lineId() == null) {
            throw DomainException.invalid(List.of(new FieldViolation("lineId", "queue.error.lineRequired")));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(DeskView.of(queues.serveWalkIn(centre, counter, request.lineId(), officer.username())));
    }

    record DossierLinkRequest(String dossierCode) {
    }

    @PostMapping("/api/v1/queue/{centre}/tickets/{id}/dossier")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Link the visit to the dossier received for it (idempotent) (desk officer)")
    DeskView linkDossier(@PathVariable String centre, @PathVariable long id,
                         @RequestBody(required = false) DossierLinkRequest request) {
        Officer officer = deskOfficer(centre);
        return DeskView.of(queues.linkDossier(centre, id, request == null ? null : request.dossierCode(),
                officer.username()));
    }

    @GetMapping("/api/v1/queue/{centre}/counters/{counter}/parked")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "The tickets a counter parked, oldest first (desk officer)")
    List<DeskView> parked(@PathVariable String centre, @PathVariable String counter) {
        deskOfficer(centre);
        return queues.parked(centre, counter).stream().map(DeskView::of).toList();
    }

    @GetMapping("/api/v1/queue/{centre}/counters")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "The centre's active counters with their work profiles (desk officer)")
    List<ServiceCounter> counters(@PathVariable String centre) {
        deskOfficer(centre);
        return queues.counters(centre);
    }

    private Officer deskOfficer(String centre) {
        return officers.current()
                .filter(o -> centre.equals(o.agencyCode()))
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "queue.error.notYourCentre",
                        centre));
    }

    record ActionRequest(String action) {
    }

    @PostMapping("/api/v1/queue/{centre}/tickets/{id}/actions")
    @PreAuthorize("hasRole('DESK_OFFICER')")
    @Operation(summary = "Act on a ticket at a counter (desk officer): RECALL, START, DONE, NO_SHOW, PARK (set a "
            + "called or serving ticket aside) or RESUME (call a parked ticket back)")
    DeskView act(@PathVariable String centre, @PathVariable long id, @RequestBody(required = false) ActionRequest request) {
        Officer officer = deskOfficer(centre);
        TicketAction action;
        try {
            action = TicketAction.valueOf(request == null || request.action() == null ? "" : request.action().strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(new FieldViolation("action", "queue.error.action")));
        }
        return DeskView.of(queues.act(centre, id, action, officer.username()));
    }

    @GetMapping("/api/v1/queue/{centre}/statistics")
    @PreAuthorize("hasAnyRole('CENTRE_MANAGER','LEADER','ADMIN')")
    @Operation(summary = "A day's figures of the centre from the ticket events: waits, service times, no-shows")
    FloorStatistics statistics(@PathVariable String centre,
                               @org.springframework.web.bind.annotation.RequestParam(required = false)
                               @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
                               java.time.LocalDate day) {
        officers.current()
                .filter(o -> centre.equals(o.agencyCode()) || o.roles().contains(org.onedoor.identity.Role.ADMIN))
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "queue.error.notYourCentre",
                        centre));
        return queues.statistics(centre, day != null ? day : java.time.LocalDate.now(org.onedoor.common.VietnamTime.ZONE));
    }

    @GetMapping("/api/v1/queue/{centre}/board")
    @Operation(summary = "The waiting-room board: latest call per counter and waiting counts (public)")
    BoardView board(@PathVariable String centre) {
        List<LineView> lines = queues.lines(centre).stream()
                .map(l -> new LineView(l.id(), l.prefix(), l.nameVi(), l.nameEn(), l.nameId(),
                        queues.waiting(centre, l.id())))
                .toList();
        if (lines.isEmpty()) {
            throw DomainException.notFound("queue.error.centreNotFound", centre);
        }
        return new BoardView(queues.currentCalls(centre).stream().map(QueueApiController::view).toList(), lines);
    }

    private static CallView view(Ticket t) {
        return new CallView(t.id(), t.code(), t.counter(), t.status().name(),
                t.calledAt() == null ? null : t.calledAt().toString());
    }

    private static PriorityGroup group(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PriorityGroup.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(
                    new FieldViolation("priorityGroup", "queue.error.priorityGroup")));
        }
    }
}
