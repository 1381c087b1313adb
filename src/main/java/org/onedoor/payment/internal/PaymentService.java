package org.onedoor.payment.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.payment.PaymentConfirmed;
import org.onedoor.payment.PaymentGateway;
import org.onedoor.payment.PaymentGateway.GatewayConfirmation;
import org.onedoor.payment.PaymentOrder;
import org.onedoor.payment.PaymentRequest;
import org.onedoor.payment.Payments;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment orders and their confirmation. A confirmation marks the order PAID, publishes {@link PaymentConfirmed}
 * and writes the audit row in one transaction, so the event (outbox) exists exactly when the order is paid, and a
 * repeated or concurrent confirmation changes nothing (decision 0351).
 */
@Service
@EnableConfigurationProperties(PaymentProperties.class)
public class PaymentService implements Payments {

    private static final Logger log = LoggerFactory.getLogger(PaymentService.class);
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    /** What a confirmation did. */
    public enum Outcome { PAID_NOW, ALREADY_PAID }

    private final PaymentOrderStore store;
    private final List<PaymentGateway> gateways;
    private final PaymentProperties settings;
    private final String publicUrl;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    PaymentService(PaymentOrderStore store, List<PaymentGateway> gateways, PaymentProperties settings,
                   OneDoorProperties platform, ApplicationEventPublisher events, AuditTrail audit) {
        this(store, gateways, settings, platform.publicUrl(), events, audit, Clock.systemUTC());
    }

    PaymentService(PaymentOrderStore store, List<PaymentGateway> gateways, PaymentProperties settings, String publicUrl,
                   ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
        this.store = store;
        this.gateways = List.copyOf(gateways);
        this.settings = settings;
        this.publicUrl = publicUrl;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PaymentOrder create(PaymentRequest request) {
        validate(request);
        PaymentGateway gateway = activeGateway();
        store.insertIfAbsent(newOrderId(), request.reference(), request.amountVnd(), request.description(),
                request.returnUrl(), gateway.name(), clock.instant());
        PaymentOrderStore.Row row = store.findByReference(request.reference()).orElseThrow();
        PaymentOrder order = row.order();
        if (order.status() == PaymentOrder.Status.CANCELLED || order.status() == PaymentOrder.Status.FAILED) {
            store.reopen(order.orderId(), request.amountVnd(), request.description(), request.returnUrl(), gateway.name());
            order = store.find(order.orderId()).orElseThrow().order();
        } else if (order.status() == PaymentOrder.Status.PENDING && order.amountVnd() != request.amountVnd()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "payment.order.amountChanged", order.reference(),
                    order.amountVnd(), request.amountVnd());
        }
        audit.record("payment.order", "payment", order.orderId(), order.reference() + " " + order.amountVnd() + " VND");
        return withPayUrl(order);
    }

    @Override
    public Optional<PaymentOrder> find(String orderId) {
        return store.find(orderId).map(row -> withPayUrl(row.order()));
    }

    @Override
    public Optional<PaymentOrder> findByReference(String reference) {
        return store.findByReference(reference).map(row -> withPayUrl(row.order()));
    }

    /** Where the payer's browser goes after paying or cancelling. */
    public Optional<String> returnUrl(String orderId) {
        return store.find(orderId).map(PaymentOrderStore.Row::returnUrl);
    }

    /**
     * Applies a gateway's verified confirmation: checks the amount, marks the order paid once, publishes the event
     * and audits, all in this transaction. Refusals are audited too (they commit: nothing else was changed).
     */
    @Transactional(noRollbackFor = DomainException.class)
    public Outcome confirm(String gatewayName, GatewayConfirmation confirmation) {
        String actor = "gateway:" + gatewayName;
        PaymentOrder order = store.find(confirmation.orderId()).map(PaymentOrderStore.Row::order).orElseThrow(() -> {
            audit.recordAs(actor, null, "payment.callback.rejected", "payment", confirmation.orderId(), "unknown order");
            return DomainException.notFound("payment.order.notFound", confirmation.orderId());
        });
        if (order.amountVnd() != confirmation.amountVnd()) {
            audit.recordAs(actor, null, "payment.callback.rejected", "payment", order.orderId(),
                    "amount " + confirmation.amountVnd() + " VND, order is " + order.amountVnd() + " VND");
            log.warn("Payment callback for {} with amount {} VND, order is {} VND: refused", order.orderId(),
                    confirmation.amountVnd(), order.amountVnd());
            throw new DomainException(DomainException.Kind.UNPROCESSABLE, "payment.callback.amountMismatch",
                    List.of(new FieldViolation("amountVnd", "payment.callback.amountMismatch.field", order.amountVnd())),
                    confirmation.amountVnd(), order.amountVnd());
        }
        if (store.markPaid(order.orderId(), confirmation.gatewayRef(), clock.instant())) {
            events.publishEvent(new PaymentConfirmed(order.orderId(), order.reference(), order.amountVnd(),
                    confirmation.gatewayRef()));
            audit.recordAs(actor, null, "payment.paid", "payment", order.orderId(),
                    order.reference() + " " + order.amountVnd() + " VND, gateway ref " + confirmation.gatewayRef());
            return Outcome.PAID_NOW;
        }
        PaymentOrder paid = store.find(order.orderId()).orElseThrow().order();
        if (confirmation.gatewayRef().equals(paid.gatewayRef())) {
            return Outcome.ALREADY_PAID; // the gateway repeats its notification until it hears back: harmless
        }
        audit.recordAs(actor, null, "payment.callback.rejected", "payment", order.orderId(),
                "second payment, gateway ref " + confirmation.gatewayRef() + ", paid with " + paid.gatewayRef());
        log.error("Order {} paid twice: {} and {} (refund needed)", order.orderId(), paid.gatewayRef(), confirmation.gatewayRef());
        throw new DomainException(DomainException.Kind.CONFLICT, "payment.callback.alreadyPaid", order.orderId());
    }

    /** The payer cancelled at the gateway; only an unpaid order can be cancelled. */
    @Transactional
    public boolean cancel(String orderId) {
        boolean cancelled = store.markCancelled(orderId);
        if (cancelled) {
            audit.record("payment.cancel", "payment", orderId, "cancelled by the payer at the gateway");
        }
        return cancelled;
    }

    /** Audits a notification whose signature failed (no order is touched). */
    @Transactional
    public void recordRejectedCallback(String gatewayName, String orderId, String reason) {
        audit.recordAs("gateway:" + gatewayName, null, "payment.callback.rejected", "payment",
                orderId == null ? "?" : orderId, reason);
    }

    /** The gateway payments go through, or an error if the configured one is not available. */
    public PaymentGateway activeGateway() {
        return gateways.stream()
                .filter(g -> g.name().equals(settings.gateway()))
                .filter(g -> !(g instanceof DemoPaymentGateway demo) || demo.enabled())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("payment gateway '" + settings.gateway()
                        + "' is not available (the demo gateway needs onedoor.demo or onedoor.payment.demo-gateway-enabled)"));
    }

    private PaymentOrder withPayUrl(PaymentOrder order) {
        String payUrl = order.status() == PaymentOrder.Status.PAID ? null : activeGateway().payUrl(order);
        return new PaymentOrder(order.orderId(), order.reference(), order.amountVnd(), order.description(), order.status(),
                payUrl, order.createdAt(), order.paidAt(), order.gatewayRef());
    }

    private void validate(PaymentRequest request) {
        if (request.reference() == null || request.reference().isBlank() || request.reference().length() > 200) {
            throw DomainException.invalid(List.of(new FieldViolation("reference", "payment.order.reference")));
        }
        if (request.amountVnd() <= 0) {
            throw DomainException.invalid(List.of(new FieldViolation("amountVnd", "payment.order.amount")));
        }
        if (request.description() == null || request.description().isBlank() || request.description().length() > 500) {
            throw DomainException.invalid(List.of(new FieldViolation("description", "payment.order.description")));
        }
        if (!isSafeReturnUrl(request.returnUrl())) {
            throw DomainException.invalid(List.of(new FieldViolation("returnUrl", "payment.order.returnUrl")));
        }
    }

    /** Only OneDoor's own pages: a path ("/kiosk/…", not "//host") or an address under the public URL. No open redirect. */
    boolean isSafeReturnUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 1000 || url.contains("\\") || url.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        if (url.startsWith("/")) {
            return !url.startsWith("//");
        }
        String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
        return url.startsWith(base);
    }

    private String newOrderId() {
        StringBuilder id = new StringBuilder("PAY-");
        for (int i = 0; i < 16; i++) {
            id.append(BASE32[random.nextInt(32)]);
        }
        return id.toString();
    }
}
