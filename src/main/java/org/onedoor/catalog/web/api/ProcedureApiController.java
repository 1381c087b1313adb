package org.onedoor.catalog.web.api;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureQuery;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search and detail of the procedure catalogue. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "Public procedure catalogue")
class ProcedureApiController {

    private final ProcedureCatalog catalog;

    ProcedureApiController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Search current procedures by name or code, ignoring Vietnamese diacritics and case")
    List<Procedure> search(@RequestParam(defaultValue = "") String q,
                           @RequestParam(required = false) String sector,
                           @RequestParam(required = false) AgencyLevel level,
                           @RequestParam(defaultValue = "20") int limit) {
        return catalog.search(new ProcedureQuery(q, sector, level, limit));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The version of a procedure in force today, or a given version")
    Procedure procedure(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return (version == null ? catalog.effective(code, LocalDate.now(VietnamTime.ZONE)) : catalog.version(code, version))
                .orElseThrow(() -> DomainException.notFound("catalog.procedure.notFound", code));
    }
}
