package org.onedoor.signing.web;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.ValidationReport;
import org.onedoor.signing.internal.SigningProperties;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Public validation of any PDF's signatures (anyone may check a document they received). Size-limited by
 * {@code onedoor.signing.max-validation-size}; at most two validations run at once so that anonymous callers cannot
 * take the machine's two cores (a caller waits up to 10 s for a turn, then gets 409 "busy").
 */
@RestController
@RequestMapping("/api/v1/signatures")
@Tag(name = "Signatures", description = "Validation of PAdES signatures in PDF files (EU DSS, ETSI EN 319 102-1)")
class SignatureValidationController {

    private final SignatureValidator validator;
    private final SigningProperties properties;
    private final Semaphore turns = new Semaphore(2, true);

    SignatureValidationController(SignatureValidator validator, SigningProperties properties) {
        this.validator = validator;
        this.properties = properties;
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Validate the signatures of a PDF",
            description = "Indication per signature (TOTAL_PASSED, INDETERMINATE, TOTAL_FAILED) with the ETSI "
                    + "sub-indication, signer, signing time, certificate chain and PAdES level, and whether the "
                    + "document was changed after signing. A file that is not a PDF gives NO_SIGNATURE with "
                    + "readable=false. Public; no authentication.")
    @ApiResponse(responseCode = "200", description = "Validation report")
    @ApiResponse(responseCode = "400", description = "No file, or a file above the size limit (problem details)")
    ValidationReport validate(@Parameter(description = "the PDF file") @RequestPart(name = "file", required = false)
                              MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "signing.error.file-missing")));
        }
        long limit = properties.maxValidationSize().toBytes();
        if (file.getSize() > limit) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "signing.error.too-large",
                    properties.maxValidationSize().toMegabytes())));
        }
        byte[] pdf = file.getBytes();
        boolean acquired = false;
        try {
            acquired = turns.tryAcquire(10, TimeUnit.SECONDS);
            if (!acquired) {
                throw new DomainException(DomainException.Kind.CONFLICT, "signing.error.busy");
            }
            return validator.validate(pdf);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException(DomainException.Kind.CONFLICT, "signing.error.busy");
        } finally {
            if (acquired) {
                turns.release();
            }
        }
    }
}
