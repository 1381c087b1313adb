package org.onedoor.ecopy.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onedoor.ecopy.internal.CardReader;
import org.onedoor.ecopy.internal.CertificationRegister;
import org.onedoor.ecopy.internal.CopyDelivery;
import org.onedoor.ecopy.internal.CopyIssuer;
import org.onedoor.ecopy.internal.CopyRequest;
import org.onedoor.ecopy.internal.Identification;
import org.onedoor.ecopy.internal.KioskJourney;
import org.onedoor.ecopy.internal.KioskPayment;
import org.onedoor.ecopy.internal.KioskRecognition;
import org.onedoor.ecopy.internal.RegisterEntry;
import org.onedoor.ecopy.internal.ScanUpload;
import org.onedoor.payment.PaymentOrder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The kiosk journey as a REST API, step by step: the kiosk starts a request and gets a secret, which it sends in
 * {@value #TOKEN} on every later call. No account: the kiosk is unattended (decision 0365).
 */
@RestController
@Tag(name = "Certified copies: kiosk")
class KioskApiController {

    static final String TOKEN = "X-Kiosk-Token";

    private final KioskJourney journey;
    private final KioskRecognition recognition;
    private final KioskPayment payment;
    private final CopyIssuer issuer;
    private final CertificationRegister register;
    private final CardReader cards;
    private final ScanUpload scans;
    private final CopyDelivery delivery;

    KioskApiController(KioskJourney journey, KioskRecognition recognition, KioskPayment payment, CopyIssuer issuer,
                       CertificationRegister register, CardReader cards, ScanUpload scans, CopyDelivery delivery) {
        this.journey = journey;
        this.recognition = recognition;
        this.payment = payment;
        this.issuer = issuer;
        this.register = register;
        this.cards = cards;
        this.scans = scans;
        this.delivery = delivery;
    }

    /**
     * @param method QR (then {@code qr}), MRZ (then {@code mrz}) or MANUAL (then ID number, name, date of birth)
     */
    record StartRequest(String method, String qr, String mrz, String idNumber, String fullName, LocalDate birthDate,
                        String email, String phone, String locale) {
    }

    record Started(UUID id, String token, RequestView request) {
    }

    record PaymentView(String state, String orderId, String payUrl, long amountVnd) {
    }

    record EmailRequest(String email) {
    }

    @PostMapping("/api/v1/kiosk/{kioskId}/requests")
    @Operation(summary = "Step 1: identify the citizen from the card's QR, its MRZ or typed data; answers the session secret")
    ResponseEntity<Started> start(@PathVariable String kioskId, @RequestBody StartRequest body) {
        String method = body.method() == null ? "MANUAL" : body.method().toUpperCase();
        Identification who = switch (method) {
            case "QR" -> cards.fromQr(body.qr());
            case "MRZ" -> cards.fromMrz(body.mrz());
            default -> new Identification(body.idNumber(), body.fullName(), body.birthDate(), null, "MANUAL");
        };
        KioskJourney.Started s = journey.start(kioskId, who, body.email(), body.phone(), body.locale(), null);
        return ResponseEntity.created(URI.create("/api/v1/kiosk/requests/" + s.id()))
                .body(new Started(s.id(), s.token(), view(journey.get(s.id(), s.token()))));
    }

    @GetMapping("/api/v1/kiosk/requests/{id}")
    @Operation(summary = "Where the request stands")
    RequestView get(@PathVariable UUID id, @RequestHeader(TOKEN) String token) {
        return view(journey.get(id, token));
    }

    @PutMapping(value = "/api/v1/kiosk/requests/{id}/face", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Step 2: the face photo (JPEG or PNG); a match authenticates, otherwise an officer compares")
    RequestView face(@PathVariable UUID id, @RequestHeader(TOKEN) String token,
                     @RequestParam("photo") MultipartFile photo) throws IOException {
        return view(journey.authenticate(id, token, photo.getBytes()));
    }

    @PostMapping(value = "/api/v1/kiosk/requests/{id}/scans", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Step 3: the scans of the original (JPEG, PNG, TIFF or PDF), in page order")
    RequestView scans(@PathVariable UUID id, @RequestHeader(TOKEN) String token,
                      @RequestParam("files") List<MultipartFile> files) {
        return view(scans.upload(id, token, files));
    }

    @PostMapping("/api/v1/kiosk/requests/{id}/recognition")
    @Operation(summary = "Step 4: recognise the original; what the machine cannot verify goes to an officer")
    RequestView recognise(@PathVariable UUID id, @RequestHeader(TOKEN) String token) {
        return view(recognition.recognise(id, token));
    }

    @PostMapping("/api/v1/kiosk/requests/{id}/payment")
    @Operation(summary = "Step 5: the payment order for the fee (its payUrl), or PAID when there is nothing to pay")
    PaymentView pay(@PathVariable UUID id, @RequestHeader(TOKEN) String token,
                    @RequestParam(defaultValue = "/kiosk/copies/paid") String returnUrl) {
        return payment.pay(id, token, returnUrl)
                .map(o -> new PaymentView(o.status().name(), o.orderId(), o.payUrl(), o.amountVnd()))
                .orElseGet(() -> new PaymentView(PaymentOrder.Status.PAID.name(), null, null, 0));
    }

    @PostMapping("/api/v1/kiosk/requests/{id}/issue")
    @Operation(summary = "Step 6: issue the copy of a paid request (idempotent: the copy already issued is answered again)")
    ResponseEntity<CopyView> issue(@PathVariable UUID id, @RequestHeader(TOKEN) String token) {
        payment.refresh(id, token);
        RegisterEntry e = issuer.issue(id);
        return ResponseEntity.status(HttpStatus.CREATED).body(CopyView.of(e, issuer.verifyUrl(e.code())));
    }

    @GetMapping(value = "/api/v1/kiosk/requests/{id}/copy", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Step 7: download the issued copy")
    ResponseEntity<byte[]> copy(@PathVariable UUID id, @RequestHeader(TOKEN) String token) {
        journey.get(id, token);
        RegisterEntry e = register.ofRequest(id).filter(RegisterEntry::issued)
                .orElseThrow(() -> org.onedoor.common.DomainException.notFound("ecopy.copy.notFound", id));
        return CopyDownloads.pdf(e.code(), delivery.content(e.code()));
    }

    @PostMapping("/api/v1/kiosk/requests/{id}/email")
    @Operation(summary = "Step 7: e-mail the copy's link")
    Map<String, String> email(@PathVariable UUID id, @RequestHeader(TOKEN) String token, @RequestBody EmailRequest body) {
        delivery.emailLink(id, token, body.email());
        return Map.of("sentTo", body.email());
    }

    private RequestView view(CopyRequest r) {
        return RequestView.of(r, register.ofRequest(r.id()).filter(RegisterEntry::issued).orElse(null));
    }
}
