package org.onedoor.ecopy.web;

import java.io.IOException;
import java.util.List;

import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.ecopy.internal.CopyDelivery;
import org.onedoor.ecopy.internal.CopyVerification;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Public verification of certified copies: by identification code, or by uploading the file. No sign-in. */
@RestController
@Tag(name = "Certified copies: public verification")
class PublicCopiesApiController {

    private final CopyVerification verification;
    private final CopyDelivery delivery;
    private final org.onedoor.ecopy.CertifiedCopies copies;

    PublicCopiesApiController(CopyVerification verification, CopyDelivery delivery, org.onedoor.ecopy.CertifiedCopies copies) {
        this.verification = verification;
        this.delivery = delivery;
        this.copies = copies;
    }

    @GetMapping("/api/v1/public/copies/{code}")
    @Operation(summary = "The register's record of a copy and a live validation of its stored file's signatures")
    CopyVerification.CodeCheck byCode(@PathVariable String code) {
        return verification.byCode(code).orElseThrow(() -> DomainException.notFound("ecopy.copy.notFound", code));
    }

    @GetMapping(value = "/api/v1/public/copies/{code}/content", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The stored signed PDF of a copy")
    ResponseEntity<byte[]> content(@PathVariable String code) {
        return CopyDownloads.pdf(code.strip().toUpperCase(), delivery.content(code.strip().toUpperCase()));
    }

    record Attachment(String dossierCode, String componentCode, String submissionToken) {
    }

    @PostMapping("/api/v1/public/copies/{code}/attachments")
    @Operation(summary = "Attach a certified copy to a dossier component (with the dossier's submission token, or as an "
            + "officer who may act on it): the component is then satisfied and the original is not asked for")
    ResponseEntity<org.onedoor.dossier.DossierFile> attach(@PathVariable String code, @RequestBody Attachment body) {
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .body(copies.attachToDossier(code, body.dossierCode(), body.componentCode(), body.submissionToken()));
    }

    @PostMapping(value = "/api/v1/public/copies/verifications", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Verify a file: is it a copy OneDoor issued (by SHA-256), are its signatures valid, was it altered")
    CopyVerification.FileCheck file(@RequestParam("file") MultipartFile file) throws IOException {
        if (file.isEmpty() || file.getSize() > VerifyController.MAX_UPLOAD) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "ecopy.verify.file.invalid")));
        }
        return verification.file(file.getBytes());
    }
}
