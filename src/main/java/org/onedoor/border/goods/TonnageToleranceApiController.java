package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.util.List;

import org.onedoor.border.TonnageTolerances;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tonnage tolerance settings of a gate, {@code /api/v1/border/{gate}/tonnage-tolerances} (decision 0543). */
@RestController
@Tag(name = "Border gate: goods and vehicle clearance")
class TonnageToleranceApiController {

    private final TonnageTolerances tolerances;

    TonnageToleranceApiController(TonnageTolerances tolerances) {
        this.tolerances = tolerances;
    }

    /** @param commodity commodity table code, null or absent for the whole gate */
    record ToleranceBody(String commodity, BigDecimal percent, BigDecimal minimumTonnes) {
    }

    @GetMapping("/api/v1/border/{gate}/tonnage-tolerances")
    @PreAuthorize("hasAnyRole('BORDER_GUARD', 'BORDER_SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Tonnage tolerances of a gate: the default, the gate's and per commodity")
    List<TonnageTolerances.Setting> list(@PathVariable String gate) {
        return tolerances.list(gate);
    }

    @PutMapping("/api/v1/border/{gate}/tonnage-tolerances")
    @PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Sets the gate's (or a commodity's) tonnage tolerance: 0–50 %, minimum 0–10 t; audited")
    TonnageTolerances.Setting set(@PathVariable String gate, @RequestBody ToleranceBody body) {
        return tolerances.set(gate, body.commodity(), body.percent(), body.minimumTonnes());
    }

    @DeleteMapping("/api/v1/border/{gate}/tonnage-tolerances")
    @PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
    @Operation(summary = "Removes a tolerance setting (the gate's or default applies again); audited")
    ResponseEntity<Void> remove(@PathVariable String gate, @RequestParam(required = false) String commodity) {
        return tolerances.remove(gate, commodity) ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

}
