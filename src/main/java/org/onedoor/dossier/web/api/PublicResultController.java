package org.onedoor.dossier.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.onedoor.common.DomainException;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierResults;
import org.onedoor.storage.FileStore;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The applicant downloads the signed result document with the tracking secret, once the result was returned. */
@RestController
@Tag(name = "Public tracking")
class PublicResultController {

    private final DossierResults results;
    private final FileStore files;

    PublicResultController(DossierResults results, FileStore files) {
        this.results = results;
        this.files = files;
    }

    @GetMapping("/api/v1/public/dossiers/{code}/result")
    @Operation(summary = "Download the signed result once returned; an unknown code, a wrong secret and no result yet all answer 404")
    ResponseEntity<InputStreamResource> result(@PathVariable String code,
                                               @RequestParam(required = false) String idNumber,
                                               @RequestParam(required = false) String phone) throws IOException {
        String secret = idNumber != null && !idNumber.isBlank() ? idNumber : phone;
        DossierFile file = results.publicResult(code, secret)
                .orElseThrow(() -> DomainException.notFound("dossier.notFound", code));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Referrer-Policy", "no-referrer")
                .body(new InputStreamResource(files.open(file.sha256())));
    }
}
