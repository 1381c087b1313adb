package org.onedoor.border.web;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import javax.imageio.ImageIO;

import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.CrossingRecord;
import org.onedoor.border.CrossingRegister;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.MrzCamera;
import org.onedoor.border.ScanInput;
import org.onedoor.border.ScreeningResult;
import org.onedoor.border.WatchList;
import org.onedoor.border.WatchListEntry;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The border guard's API ({@code gate} = the border-guard station's agency code): scan, decide, the crossing
 * register, screening and the watch list. Border roles only; the services also check the officer's gate.
 */
@RestController
@Tag(name = "Border gate: clearance")
@PreAuthorize("hasAnyRole('BORDER_GUARD', 'BORDER_SUPERVISOR', 'ADMIN')")
class ClearanceApiController {

    private final Clearance clearance;
    private final CrossingRegister register;
    private final WatchList watchList;
    private final MrzCamera camera;

    ClearanceApiController(Clearance clearance, CrossingRegister register, WatchList watchList, MrzCamera camera) {
        this.clearance = clearance;
        this.register = register;
        this.watchList = watchList;
        this.camera = camera;
    }

    record DecisionBody(Decision decision, String reason) {
    }

    record ScreeningBody(String fullName, LocalDate dateOfBirth, String nationality) {
    }

    record WatchListBody(String fullName, LocalDate dateOfBirth, String nationality, String reason) {
    }

    @PostMapping("/api/v1/border/{gate}/clearances")
    @Operation(summary = "First scan: declaration QR and/or MRZ; opens the crossing with all checks")
    ResponseEntity<ClearanceCase> scan(@PathVariable String gate, @RequestBody ScanInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(clearance.scan(gate, input));
    }

    @PostMapping("/api/v1/border/{gate}/clearances/photo")
    @Operation(summary = "Scan a photographed MRZ (camera): OCR, look-alike repair, then the same checks as a scan")
    ResponseEntity<?> scanPhoto(@PathVariable String gate, @RequestParam("photo") MultipartFile photo,
                                @RequestParam(required = false) String declarationReference,
                                @RequestParam(required = false) Direction direction) throws IOException {
        BufferedImage image = ImageIO.read(photo.getInputStream());
        if (image == null) {
            throw DomainException.invalid(List.of(new FieldViolation("photo", "border.error.photo")));
        }
        MrzCamera.Reading reading = camera.read(image);
        if (reading.text() == null) {
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, reading.problem());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(clearance.scan(gate, new ScanInput(declarationReference, reading.text(), direction)));
    }

    @PostMapping("/api/v1/border/clearances/{id}/decision")
    @Operation(summary = "Decide: CLEAR, SECONDARY or REFUSE (with a reason); written to the crossing register")
    CrossingRecord decide(@PathVariable long id, @RequestBody DecisionBody body) {
        return clearance.decide(id, body.decision(), body.reason());
    }

    @GetMapping("/api/v1/border/crossings/{id}")
    @Operation(summary = "One crossing of the register (audited read)")
    CrossingRecord crossing(@PathVariable long id) {
        return register.find(id).orElseThrow(() -> DomainException.notFound("border.error.crossingNotFound", id));
    }

    @GetMapping("/api/v1/border/{gate}/crossings")
    @Operation(summary = "The crossing register of a gate for a day (audited read)")
    List<CrossingRecord> crossings(@PathVariable String gate, @RequestParam(required = false) LocalDate day,
                                   @RequestParam(required = false) String documentNumber,
                                   @RequestParam(defaultValue = "100") int limit) {
        return register.search(gate, day == null ? LocalDate.now(VietnamTime.ZONE) : day, documentNumber, limit);
    }

    @PostMapping("/api/v1/border/screenings")
    @Operation(summary = "Screen a name against the watch list")
    ScreeningResult screen(@RequestBody ScreeningBody body) {
        if (body.fullName() == null || body.fullName().isBlank()) {
            throw DomainException.invalid(List.of(new FieldViolation("fullName", "border.error.required")));
        }
        return watchList.screen(body.fullName(), body.dateOfBirth(), body.nationality());
    }

    @PostMapping("/api/v1/border/watch-list")
    @PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
    @Operation(summary = "List a person on the watch list (station commander)")
    ResponseEntity<WatchListEntry> list(@RequestBody WatchListBody body,
                                        java.security.Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED).body(watchList.add(body.fullName(), body.dateOfBirth(),
                body.nationality(), body.reason(), principal.getName()));
    }

    @DeleteMapping("/api/v1/border/watch-list/{id}")
    @PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Take a person off the watch list (station commander)")
    ResponseEntity<Void> unlist(@PathVariable long id) {
        watchList.remove(id);
        return ResponseEntity.noContent().build();
    }
}
