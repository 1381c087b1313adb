package org.onedoor.border.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.onedoor.border.CrossingImage;
import org.onedoor.border.CrossingImages;
import org.onedoor.border.CrossingPage;
import org.onedoor.border.CrossingQuery;
import org.onedoor.border.CrossingRegister;
import org.onedoor.border.Decision;
import org.onedoor.border.DeviceCapture;
import org.onedoor.border.Direction;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The crossing register search and the images of a crossing; border roles of the gate, every read audited. */
@RestController
@Tag(name = "Border gate: crossing register")
@PreAuthorize("hasAnyRole('BORDER_GUARD', 'BORDER_SUPERVISOR', 'ADMIN')")
class RegisterApiController {

    private final CrossingRegister register;
    private final CrossingImages images;

    RegisterApiController(CrossingRegister register, CrossingImages images) {
        this.register = register;
        this.images = images;
    }

    @GetMapping("/api/v1/border/{gate}/register")
    @Operation(summary = "Search the crossing register by dates, name, document, nationality, decision; paged")
    CrossingPage search(@PathVariable String gate, @RequestParam(required = false) LocalDate from,
                        @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String name,
                        @RequestParam(required = false) String documentNumber,
                        @RequestParam(required = false) String nationality,
                        @RequestParam(required = false) Decision decision,
                        @RequestParam(required = false) Direction direction,
                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return register.search(new CrossingQuery(gate, from, to, name, documentNumber, nationality, decision,
                direction, page, size));
    }

    @GetMapping("/api/v1/border/crossings/{id}/images")
    @Operation(summary = "The images captured at a crossing (audited)")
    List<CrossingImage> images(@PathVariable long id) {
        return images.list(id);
    }

    @PostMapping("/api/v1/border/crossings/{id}/images")
    @Operation(summary = "Store an image captured at a crossing (FINGERPRINT, FACE, DOCUMENT)")
    ResponseEntity<CrossingImage> attach(@PathVariable long id, @RequestParam String kind,
                                         @RequestParam MultipartFile image,
                                         @RequestParam(required = false) Double matchScore) throws IOException {
        return ResponseEntity.status(HttpStatus.CREATED).body(images.attach(id, kind,
                new DeviceCapture(image.getBytes(), image.getContentType(), matchScore)));
    }

    @GetMapping("/api/v1/border/images/{imageId}")
    @Operation(summary = "The bytes of one image (audited)")
    ResponseEntity<byte[]> image(@PathVariable long imageId) {
        CrossingImages.Content content = images.open(imageId);
        MediaType type;
        try {
            type = MediaType.parseMediaType(content.image().mediaType());
        } catch (RuntimeException e) {
            type = MediaType.APPLICATION_OCTET_STREAM;
        }
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore()).body(content.bytes());
    }
}
