package org.onedoor.queue.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.queue.Appointments;
import org.onedoor.queue.Appointments.Appointment;
import org.onedoor.queue.Appointments.Slot;
import org.onedoor.queue.Ratings;
import org.onedoor.queue.ServiceRated;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAlerts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The citizen's visit over REST (public): appointments (slots, booking, see and cancel with the secret, check-in at
 * the kiosk), alerts on a ticket, and the rating after service.
 */
@RestController
@Tag(name = "Service-centre floor: appointments, alerts, ratings")
class VisitApiController {

    private final Appointments appointments;
    private final TicketAlerts alerts;
    private final Ratings ratings;
    private final org.onedoor.queue.Queues queues;

    VisitApiController(Appointments appointments, TicketAlerts alerts, Ratings ratings, org.onedoor.queue.Queues queues) {
        this.queues = queues;
        this.appointments = appointments;
        this.alerts = alerts;
        this.ratings = ratings;
    }

    record BookingBody(Long lineId, LocalDateTime start, String name, String phone, String email,
                       String procedureCode, String locale) {
    }

    record SecretBody(String secret) {
    }

    record AlertBody(String phone, String email, String locale) {
    }

    record RatingBody(String rating, String reason) {
    }

    @GetMapping("/api/v1/queue/{centre}/appointments/days")
    @Operation(summary = "Days that can be booked (today when a working day and the next working days)")
    List<LocalDate> days(@PathVariable String centre) {
        return appointments.days(centre);
    }

    @GetMapping("/api/v1/queue/{centre}/appointments/slots")
    @Operation(summary = "Future slots of a line on a day with their capacity and places taken")
    List<Slot> slots(@PathVariable String centre, @RequestParam long line,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        return appointments.slots(centre, line, day);
    }

    @PostMapping("/api/v1/queue/{centre}/appointments")
    @Operation(summary = "Books a slot of a line (lineId, or the line serving procedureCode); the answer carries the reference code and the secret (shown once)")
    ResponseEntity<Appointment> book(@PathVariable String centre, @RequestBody BookingBody body) {
        // the line, or the line that serves the chosen procedure
        Long lineId = body.lineId() != null ? body.lineId()
                : body.procedureCode() == null ? null
                : queues.lineFor(centre, body.procedureCode().strip()).map(org.onedoor.queue.QueueLine::id).orElse(null);
        if (lineId == null) {
            throw DomainException.invalid(List.of(new org.onedoor.common.FieldViolation("lineId", "queue.error.lineRequired")));
        }
        Appointment a = appointments.book(new Appointments.BookingRequest(centre, lineId, body.start(),
                body.name(), body.phone(), body.email(), body.procedureCode(), body.locale()));
        return ResponseEntity.created(URI.create("/api/v1/queue/" + centre + "/appointments/" + a.code())).body(a);
    }

    @GetMapping("/api/v1/queue/{centre}/appointments/{code}")
    @Operation(summary = "An appointment, with its secret (s)")
    Appointment find(@PathVariable String centre, @PathVariable String code, @RequestParam("s") String secret) {
        return appointments.find(code, secret).filter(a -> a.centre().equals(centre))
                .orElseThrow(() -> DomainException.notFound("queue.visit.error.appointmentNotFound", code));
    }

    @PostMapping("/api/v1/queue/{centre}/appointments/{code}/cancel")
    @Operation(summary = "Cancels a booked appointment (frees its place)")
    Appointment cancel(@PathVariable String centre, @PathVariable String code, @RequestBody SecretBody body) {
        find(centre, code, body.secret());
        return appointments.cancel(code, body.secret());
    }

    @PostMapping("/api/v1/queue/{centre}/appointments/{code}/check-in")
    @Operation(summary = "Checks an appointment in at the centre: its ticket (in booked-time order within the window, a walk-in when late)")
    Ticket checkIn(@PathVariable String centre, @PathVariable String code) {
        return appointments.checkIn(centre, code);
    }

    @PostMapping("/api/v1/queue/{centre}/tickets/{ticketId}/alerts")
    @Operation(summary = "Alerts by SMS and/or e-mail when the ticket is near and when it is called")
    ResponseEntity<Void> subscribe(@PathVariable String centre, @PathVariable long ticketId, @RequestBody AlertBody body) {
        alerts.subscribe(centre, ticketId, body.phone(), body.email(), body.locale());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/queue/{centre}/tickets/{ticketId}/rating")
    @Operation(summary = "Rates a visit once: SATISFIED, ACCEPTABLE or NOT_SATISFIED, with an optional reason")
    ServiceRated rate(@PathVariable String centre, @PathVariable long ticketId, @RequestBody RatingBody body) {
        return ratings.rate(centre, ticketId, body.rating(), body.reason());
    }
}
