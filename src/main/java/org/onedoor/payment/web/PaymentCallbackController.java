package org.onedoor.payment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.onedoor.payment.PaymentGateway;
import org.onedoor.payment.PaymentGateway.GatewayConfirmation;
import org.onedoor.payment.internal.PaymentService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The payment gateway's server-to-server notification (public: the gateway authenticates by its signature). A
 * bad signature is 401 and changes nothing; an unknown order 404; a wrong amount 422; a repeat of an accepted
 * notification 200 again (gateways repeat until they hear back).
 */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments")
class PaymentCallbackController {

    private final PaymentService payments;
    private final MessageSource messages;

    PaymentCallbackController(PaymentService payments, MessageSource messages) {
        this.payments = payments;
        this.messages = messages;
    }

    @PostMapping(path = "/callback", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Payment gateway notification: the order was paid (signed by the gateway)")
    Map<String, Object> callback(@RequestBody Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((name, value) -> fields.put(name, value == null ? null : String.valueOf(value)));
        PaymentGateway gateway = payments.activeGateway();
        GatewayConfirmation confirmation;
        try {
            confirmation = gateway.verify(fields);
        } catch (PaymentGateway.RejectedCallback e) {
            payments.recordRejectedCallback(gateway.name(), fields.get("orderId"), e.getMessage());
            throw e;
        }
        PaymentService.Outcome outcome = payments.confirm(gateway.name(), confirmation);
        return Map.of("orderId", confirmation.orderId(), "status", "PAID",
                "alreadyPaid", outcome == PaymentService.Outcome.ALREADY_PAID);
    }

    @ExceptionHandler(PaymentGateway.RejectedCallback.class)
    ResponseEntity<ProblemDetail> rejected(PaymentGateway.RejectedCallback e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                messages.getMessage("payment.callback.badSignature", null, "Bad signature", locale));
        problem.setTitle(messages.getMessage("payment.callback.rejected", null, "Notification refused", locale));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(problem);
    }
}
