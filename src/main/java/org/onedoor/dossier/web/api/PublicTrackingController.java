package org.onedoor.dossier.web.api;

import org.onedoor.common.DomainException;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.PublicTracking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public tracking: the dossier code plus the applicant's ID number (or business code) or phone. */
@RestController
@Tag(name = "Public tracking")
class PublicTrackingController {

    private final DossierQueries queries;

    PublicTrackingController(DossierQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/public/dossiers/{code}")
    @Operation(summary = "Track a dossier; an unknown code and a wrong secret both answer 404")
    PublicTracking track(@PathVariable String code, @RequestParam(required = false) String idNumber,
                         @RequestParam(required = false) String phone) {
        String secret = idNumber != null && !idNumber.isBlank() ? idNumber : phone;
        return queries.trackPublic(code, secret).orElseThrow(() -> DomainException.notFound("dossier.notFound", code));
    }
}
