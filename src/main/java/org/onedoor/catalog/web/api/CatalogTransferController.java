package org.onedoor.catalog.web.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onedoor.catalog.internal.CatalogImportException;
import org.onedoor.catalog.internal.CatalogTransfer;
import org.onedoor.catalog.internal.ImportError;
import org.onedoor.catalog.internal.ImportResult;
import org.onedoor.catalog.web.AdminOnly;
import org.onedoor.catalog.web.ImportErrorMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The whole catalogue as one JSON file (docs/catalog-format.md): export for everyone, import for administrators. */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalogue transfer", description = "Import and export of the whole procedure catalogue")
class CatalogTransferController {

    private final CatalogTransfer transfer;
    private final MessageSource messages;

    CatalogTransferController(CatalogTransfer transfer, MessageSource messages) {
        this.transfer = transfer;
        this.messages = messages;
    }

    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export the whole catalogue, every version, in the import format")
    ResponseEntity<String> export() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("catalog.json").build().toString())
                .contentType(new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8))
                .body(transfer.exportCatalog());
    }

    @PostMapping(value = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a catalogue file (all or nothing); 422 lists every error with its line")
    ResponseEntity<?> importJson(@RequestBody byte[] body, Authentication user) {
        AdminOnly.check(user);
        return importFile(new String(body, StandardCharsets.UTF_8), "api");
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a catalogue file uploaded as multipart field 'file'")
    ResponseEntity<?> importUpload(@RequestParam MultipartFile file, Authentication user) throws IOException {
        AdminOnly.check(user);
        return importFile(new String(file.getBytes(), StandardCharsets.UTF_8), file.getOriginalFilename());
    }

    private ResponseEntity<?> importFile(String json, String source) {
        try {
            ImportResult result = transfer.importCatalog(json, source == null ? "upload" : source);
            return ResponseEntity.ok(result);
        } catch (CatalogImportException e) {
            return ResponseEntity.unprocessableContent().body(problem(e.errors()));
        }
    }

    private ProblemDetail problem(List<ImportError> errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("catalog.import.rejected", new Object[] {errors.size()}, locale));
        problem.setTitle(messages.getMessage("problem.unprocessable", null, "Unprocessable", locale));
        problem.setType(URI.create("https://onedoor.example/problems/catalog.import.rejected"));
        problem.setProperty("errors", ImportErrorMessages.resolve(messages, errors, locale));
        return problem;
    }
}
