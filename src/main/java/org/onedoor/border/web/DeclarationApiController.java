package org.onedoor.border.web;

import java.net.URI;
import java.time.LocalDate;

import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Declarations;
import org.onedoor.border.Direction;
import org.onedoor.border.PersonDeclaration;
import org.onedoor.border.PersonDeclarationRequest;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.common.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Online pre-declaration of a person crossing (public). Errors: problem details with one entry per bad field. */
@RestController
@Tag(name = "Border gate: declarations")
class DeclarationApiController {

    private final Declarations declarations;

    DeclarationApiController(Declarations declarations) {
        this.declarations = declarations;
    }

    record DeclarationBody(String gate, TravelDocumentType documentType, String documentNumber, String surname,
                           String givenNames, String nationality, LocalDate dateOfBirth, CrossingPurpose purpose,
                           LocalDate plannedDate, Direction direction, String language) {
    }

    record DeclaredView(String reference, String qrCode, PersonDeclaration declaration) {
    }

    @PostMapping("/api/v1/public/border/declarations")
    @Operation(summary = "Declare a person's crossing in advance; returns the reference and its QR code")
    ResponseEntity<DeclaredView> declare(@RequestBody DeclarationBody b) {
        PersonDeclaration d = declarations.declare(new PersonDeclarationRequest(b.gate(), b.documentType(),
                b.documentNumber(), b.surname(), b.givenNames(), b.nationality(), b.dateOfBirth(), b.purpose(),
                b.plannedDate(), b.direction(), b.language()));
        String qr = "/api/v1/public/border/declarations/" + d.reference() + "/qr.png";
        return ResponseEntity.created(URI.create(qr)).body(new DeclaredView(d.reference(), qr, d));
    }

    @GetMapping(value = "/api/v1/public/border/declarations/{reference}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The declaration's QR code (holds the reference only)")
    ResponseEntity<byte[]> qr(@PathVariable String reference) {
        PersonDeclaration d = declarations.find(reference)
                .orElseThrow(() -> DomainException.notFound("border.error.declarationNotFound", reference));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(QrCodes.png(d.reference(), 320));
    }
}
