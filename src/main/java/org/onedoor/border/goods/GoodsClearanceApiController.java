package org.onedoor.border.goods;

import java.time.LocalDate;
import java.util.List;

import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsClearance;
import org.onedoor.border.GoodsClearanceCase;
import org.onedoor.border.GoodsRegister;
import org.onedoor.border.GoodsScanInput;
import org.onedoor.border.GoodsStatistics;
import org.onedoor.border.PlateRecognizer;
import org.onedoor.border.RegisterEntry;
import org.onedoor.border.VehicleCrossingRecord;
import org.onedoor.border.WeighIn;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The goods lane's API for the border guard: scan, weigh-in, decide, the register and statistics inputs. */
@RestController
@Tag(name = "Border gate: goods and vehicle clearance")
@PreAuthorize("hasAnyRole('BORDER_GUARD', 'BORDER_SUPERVISOR', 'ADMIN')")
class GoodsClearanceApiController {

    private final GoodsClearance clearance;
    private final GoodsRegister register;
    private final GoodsStatistics statistics;
    private final ObjectProvider<PlateRecognizer> recognizer;

    GoodsClearanceApiController(GoodsClearance clearance, GoodsRegister register, GoodsStatistics statistics,
                                ObjectProvider<PlateRecognizer> recognizer) {
        this.clearance = clearance;
        this.register = register;
        this.statistics = statistics;
        this.recognizer = recognizer;
    }

    record DecisionBody(Decision decision, String reason) {
    }

    @PostMapping("/api/v1/border/{gate}/goods-clearances")
    @Operation(summary = "First scan at the goods lane: consignment/vehicle QR and/or plate; opens the crossing")
    ResponseEntity<GoodsClearanceCase> scan(@PathVariable String gate, @RequestBody GoodsScanInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(clearance.scan(gate, input));
    }

    @PostMapping("/api/v1/border/{gate}/goods-clearances/plate-photo")
    @Operation(summary = "First scan from the plate camera: the PlateRecognizer reads the plate, then as a scan")
    ResponseEntity<GoodsClearanceCase> scanPhoto(@PathVariable String gate, @RequestParam("photo") MultipartFile photo,
                                                 @RequestParam(required = false) String reference,
                                                 @RequestParam(required = false) Direction direction)
            throws java.io.IOException {
        String plate = recognizer.getIfAvailable(() -> PlateRecognizer.NONE).read(gate, photo.getBytes())
                .map(PlateRecognizer.Reading::plate).orElseThrow(() -> DomainException.invalid(
                        List.of(new FieldViolation("photo", "border.goods.error.plateNotRead"))));
        return ResponseEntity.status(HttpStatus.CREATED).body(clearance.scan(gate,
                new GoodsScanInput(reference, plate, direction)));
    }

    @PostMapping("/api/v1/border/goods-clearances/{id}/weigh-in")
    @Operation(summary = "Net tonnes (or from the weighbridge), commodity seen, customs declaration number")
    GoodsClearanceCase weigh(@PathVariable long id, @RequestBody WeighIn body) {
        return clearance.weigh(id, body);
    }

    @PostMapping("/api/v1/border/goods-clearances/{id}/decision")
    @Operation(summary = "Decide: CLEAR, SECONDARY or REFUSE (with a reason); written to the register")
    VehicleCrossingRecord decide(@PathVariable long id, @RequestBody DecisionBody body) {
        return clearance.decide(id, body.decision(), body.reason());
    }

    @GetMapping("/api/v1/border/goods-crossings/{id}")
    @Operation(summary = "One vehicle or goods crossing of the register (audited read)")
    VehicleCrossingRecord crossing(@PathVariable long id) {
        return register.find(id).orElseThrow(() -> DomainException.notFound("border.goods.error.crossingNotFound", id));
    }

    @GetMapping("/api/v1/border/{gate}/goods-crossings")
    @Operation(summary = "Vehicle and goods crossings of a gate on a day (audited read)")
    List<VehicleCrossingRecord> crossings(@PathVariable String gate, @RequestParam(required = false) LocalDate day,
                                          @RequestParam(required = false) String plate,
                                          @RequestParam(defaultValue = "100") int limit) {
        return register.search(gate, day == null ? LocalDate.now(VietnamTime.ZONE) : day, plate, limit);
    }

    @GetMapping("/api/v1/border/{gate}/register/day")
    @Operation(summary = "The whole register of a gate on a day: persons, vehicles and goods (audited read)")
    List<RegisterEntry> entries(@PathVariable String gate, @RequestParam(required = false) LocalDate day,
                                @RequestParam(defaultValue = "200") int limit) {
        return register.entries(gate, day == null ? LocalDate.now(VietnamTime.ZONE) : day, limit);
    }

    @GetMapping("/api/v1/border/{gate}/statistics/goods-tonnage")
    @Operation(summary = "Goods tonnage cleared by commodity and direction per DAY, MONTH or YEAR")
    List<GoodsStatistics.Tonnage> tonnage(@PathVariable String gate, @RequestParam LocalDate from,
                                          @RequestParam LocalDate to,
                                          @RequestParam(defaultValue = "DAY") GoodsStatistics.Period period) {
        return statistics.tonnageByCommodity(gate, from, to, period);
    }

    @GetMapping("/api/v1/border/{gate}/statistics/vehicles")
    @Operation(summary = "Vehicles cleared by type and direction per DAY, MONTH or YEAR")
    List<GoodsStatistics.Vehicles> vehicles(@PathVariable String gate, @RequestParam LocalDate from,
                                            @RequestParam LocalDate to,
                                            @RequestParam(defaultValue = "DAY") GoodsStatistics.Period period) {
        return statistics.vehiclesByType(gate, from, to, period);
    }
}
