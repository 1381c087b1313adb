package org.onedoor.queue.web;

import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorAdministration;
import org.onedoor.queue.internal.FloorSettings;
import org.onedoor.queue.internal.FloorSettings.CentreChange;
import org.onedoor.queue.internal.FloorSettings.CounterChange;
import org.onedoor.queue.internal.FloorSettings.LineChange;
import org.onedoor.queue.internal.FloorSettings.ProfileChange;
import org.onedoor.queue.internal.FloorSettings.StepChange;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The floor's settings over REST (centre manager of the centre, or admin; decision 0441). Every change answers with
 * the centre's whole configuration as it is after the change; a broken rule is a 400 problem with field errors, a
 * stale counter version or a busy line/counter a 409.
 */
@RestController
@PreAuthorize("hasAnyRole('CENTRE_MANAGER','ADMIN')")
@Tag(name = "Service-centre floor settings")
class SettingsApiController {

    private final FloorAdministration administration;
    private final SettingsAccess access;

    SettingsApiController(FloorAdministration administration, SettingsAccess access) {
        this.administration = administration;
        this.access = access;
    }

    record ActiveRequest(Boolean active) {
    }

    /** A new counter: names, state and (optional) work profile. */
    record NewCounterRequest(String code, String nameVi, String nameEn, String nameId, Boolean active,
                             List<StepChange> steps) {
    }

    /** @param version the counter's version as read (GET); a stale one is refused with 409 */
    record CounterRequest(Integer version, String nameVi, String nameEn, String nameId, Boolean active) {
    }

    /** @param steps in order; {@code longestWaitOverMinutes} (1–480) makes a condition step */
    record ProfileRequest(Integer version, List<StepChange> steps) {
    }

    @GetMapping("/api/v1/queue/{centre}/settings")
    @Operation(summary = "The centre's floor configuration: centre settings (with the inherited defaults), lines with "
            + "their procedures and appointment slots, counters with their versions and work profiles")
    FloorSettings settings(@PathVariable String centre) {
        access.administrator(centre);
        return administration.settings(centre);
    }

    @PostMapping("/api/v1/queue/{centre}/settings/lines")
    @Operation(summary = "Add a line: letter prefix (A–Z, unique in the centre, never changes), names vi/en/id, "
            + "priority ratio 1–100, catalogue procedure codes (each served by one line per centre), optional slots")
    ResponseEntity<FloorSettings> createLine(@PathVariable String centre, @RequestBody(required = false) LineChange body) {
        access.administrator(centre);
        administration.createLine(centre, body == null ? emptyLine() : body);
        return ResponseEntity.status(HttpStatus.CREATED).body(administration.settings(centre));
    }

    @PutMapping("/api/v1/queue/{centre}/settings/lines/{id}")
    @Operation(summary = "Change a line: names, priority ratio, procedures (replaced as a whole), appointment slot "
            + "minutes (5–240) and capacity (1–100) (both or neither)")
    FloorSettings updateLine(@PathVariable String centre, @PathVariable long id,
                             @RequestBody(required = false) LineChange body) {
        access.administrator(centre);
        administration.updateLine(centre, id, body == null ? emptyLine() : body);
        return administration.settings(centre);
    }

    @PutMapping("/api/v1/queue/{centre}/settings/lines/{id}/active")
    @Operation(summary = "Take a line off the floor or back; refused (409) while it has open tickets today or "
            + "booked appointments ahead")
    FloorSettings lineActive(@PathVariable String centre, @PathVariable long id,
                             @RequestBody(required = false) ActiveRequest body) {
        access.administrator(centre);
        administration.setLineActive(centre, id, active(body));
        return administration.settings(centre);
    }

    @PostMapping("/api/v1/queue/{centre}/settings/counters")
    @Operation(summary = "Add a counter: code (1–8 letters or digits, unique in the centre), names, active, profile")
    ResponseEntity<FloorSettings> createCounter(@PathVariable String centre,
                                                @RequestBody(required = false) NewCounterRequest body) {
        access.administrator(centre);
        NewCounterRequest b = body == null ? new NewCounterRequest(null, null, null, null, null, null) : body;
        administration.createCounter(centre, new CounterChange(b.code(), b.nameVi(), b.nameEn(), b.nameId(), b.active()),
                new ProfileChange(b.steps()));
        return ResponseEntity.status(HttpStatus.CREATED).body(administration.settings(centre));
    }

    @PutMapping("/api/v1/queue/{centre}/settings/counters/{code}")
    @Operation(summary = "Rename, activate or deactivate a counter (with its version; deactivation refused while "
            + "tickets are open at it today)")
    FloorSettings updateCounter(@PathVariable String centre, @PathVariable String code,
                                @RequestBody(required = false) CounterRequest body) {
        access.administrator(centre);
        CounterRequest b = body == null ? new CounterRequest(null, null, null, null, null) : body;
        administration.updateCounter(centre, code, b.version(),
                new CounterChange(null, b.nameVi(), b.nameEn(), b.nameId(), b.active()), null);
        return administration.settings(centre);
    }

    @PutMapping("/api/v1/queue/{centre}/settings/counters/{code}/profile")
    @Operation(summary = "Replace a counter's work profile (with its version): ordered steps, each a line and "
            + "optionally 'call it first when its longest wait exceeds N minutes'; takes effect at the next call")
    FloorSettings profile(@PathVariable String centre, @PathVariable String code,
                          @RequestBody(required = false) ProfileRequest body) {
        access.administrator(centre);
        ProfileRequest b = body == null ? new ProfileRequest(null, null) : body;
        administration.updateCounter(centre, code, b.version(), null, new ProfileChange(b.steps()));
        return administration.settings(centre);
    }

    @PutMapping("/api/v1/queue/{centre}/settings/centre")
    @Operation(summary = "The centre's service-level target (1–480 min) and visit settings: check-in early/late "
            + "minutes (0–240), booking horizon (1–90 working days), alert when N places away (1–50)")
    FloorSettings centre(@PathVariable String centre, @RequestBody(required = false) CentreChange body) {
        access.administrator(centre);
        administration.saveCentre(centre, body == null ? new CentreChange(null, null, null, null, null) : body);
        return administration.settings(centre);
    }

    private static LineChange emptyLine() {
        return new LineChange(null, null, null, null, null, null, null, null);
    }

    private static boolean active(ActiveRequest body) {
        if (body == null || body.active() == null) {
            throw DomainException.invalid(List.of(new FieldViolation("active", "queue.admin.error.required")));
        }
        return body.active();
    }
}
