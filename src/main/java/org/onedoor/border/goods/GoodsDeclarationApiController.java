package org.onedoor.border.goods;

import java.net.URI;
import java.util.List;

import org.onedoor.border.Commodity;
import org.onedoor.border.Consignment;
import org.onedoor.border.ConsignmentRequest;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.VehicleDeclaration;
import org.onedoor.border.VehicleDeclarationRequest;
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

/** Online pre-declaration of vehicles and consignments (public); each returns a reference and its QR code. */
@RestController
@Tag(name = "Border gate: goods and vehicle declarations")
class GoodsDeclarationApiController {

    private static final String BASE = "/api/v1/public/border/";

    private final GoodsDeclarations declarations;

    GoodsDeclarationApiController(GoodsDeclarations declarations) {
        this.declarations = declarations;
    }

    record VehicleDeclared(String reference, String qrCode, VehicleDeclaration declaration) {
    }

    record ConsignmentDeclared(String reference, String qrCode, Consignment declaration) {
    }

    @PostMapping(BASE + "vehicles")
    @Operation(summary = "Declare a vehicle crossing (single or recurring); returns the reference and its QR code")
    ResponseEntity<VehicleDeclared> declareVehicle(@RequestBody VehicleDeclarationRequest request) {
        VehicleDeclaration d = declarations.declareVehicle(request);
        String qr = BASE + "trips/" + d.reference() + "/qr.png";
        return ResponseEntity.created(URI.create(qr)).body(new VehicleDeclared(d.reference(), qr, d));
    }

    @PostMapping(BASE + "consignments")
    @Operation(summary = "Declare a consignment (exporter/importer, HS code, quantity, tonnes, vehicles)")
    ResponseEntity<ConsignmentDeclared> declareConsignment(@RequestBody ConsignmentRequest request) {
        Consignment c = declarations.declareConsignment(request);
        String qr = BASE + "trips/" + c.reference() + "/qr.png";
        return ResponseEntity.created(URI.create(qr)).body(new ConsignmentDeclared(c.reference(), qr, c));
    }

    @GetMapping(value = BASE + "trips/{reference}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The QR code of a vehicle or consignment declaration (holds the reference only)")
    ResponseEntity<byte[]> qr(@PathVariable String reference) {
        String found = declarations.findConsignment(reference).map(Consignment::reference)
                .or(() -> declarations.findVehicle(reference).map(VehicleDeclaration::reference))
                .orElseThrow(() -> DomainException.notFound("border.goods.error.declarationNotFound", reference));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(TripQrCodes.png(found));
    }

    @GetMapping(BASE + "commodities")
    @Operation(summary = "The commodities that cross at the gate, with their HS codes")
    List<Commodity> commodities() {
        return declarations.commodities();
    }
}
