package org.onedoor.ecopy.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.DomainException.Kind;
import org.onedoor.payment.PaymentConfirmed;
import org.onedoor.payment.PaymentOrder;
import org.onedoor.payment.PaymentRequest;
import org.onedoor.payment.Payments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Step 5: the fee, through the payment module. The order's reference is {@code ecopy:<request id>}, so asking
 * twice gives the same order. The request becomes PAID when the gateway's confirmation arrives
 * ({@link PaymentConfirmed}) or when the kiosk comes back and the order already says so, whichever is first.
 */
@Service
public class KioskPayment {

    static final String REFERENCE_PREFIX = "ecopy:";

    private final KioskJourney journey;
    private final CopyRequests requests;
    private final ObjectProvider<Payments> payments;
    private final EcopyProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    KioskPayment(KioskJourney journey, CopyRequests requests, ObjectProvider<Payments> payments,
                 EcopyProperties properties, AuditTrail audit, Optional<Clock> clock) {
        this.journey = journey;
        this.requests = requests;
        this.payments = payments;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The payment order to send the citizen to; empty when there is nothing to pay (the request is then PAID). */
    @Transactional
    public Optional<PaymentOrder> pay(UUID id, String token, String returnUrl) {
        CopyRequest r = journey.lockForStep(id, token);
        KioskJourney.requireState(r, RequestState.RECOGNISED, RequestState.PAID);
        if (r.state() == RequestState.PAID) {
            return Optional.empty();
        }
        if (r.feeVnd() == null || r.feeVnd() == 0) {
            markPaid(r, clock.instant());
            return Optional.empty();
        }
        Payments gateway = payments.getIfAvailable();
        if (gateway == null) {
            throw new DomainException(Kind.UNPROCESSABLE, "ecopy.pay.unavailable");
        }
        PaymentOrder order = gateway.create(new PaymentRequest(REFERENCE_PREFIX + id, r.feeVnd(),
                "Phí chứng thực bản sao (" + r.scanSha256().size() + " trang)", returnUrl));
        if (!order.orderId().equals(r.paymentOrderId())) {
            requests.paymentOrder(id, order.orderId(), clock.instant());
        }
        if (order.status() == PaymentOrder.Status.PAID) {
            markPaid(r, order.paidAt());
        }
        return Optional.of(order);
    }

    /** The kiosk is back from the gateway: PAID when the order says so, even before the event arrived. */
    @Transactional
    public CopyRequest refresh(UUID id, String token) {
        CopyRequest r = journey.lockForStep(id, token);
        Payments gateway = payments.getIfAvailable();
        if (r.state() == RequestState.RECOGNISED && r.paymentOrderId() != null && gateway != null) {
            gateway.find(r.paymentOrderId()).filter(o -> o.status() == PaymentOrder.Status.PAID)
                    .ifPresent(o -> markPaid(r, o.paidAt() == null ? clock.instant() : o.paidAt()));
        }
        return requests.find(id).orElseThrow();
    }

    /** The gateway's verified confirmation. Idempotent: a request already paid or issued is left alone. */
    @Transactional
    public Optional<UUID> confirmed(PaymentConfirmed event) {
        if (event.reference() == null || !event.reference().startsWith(REFERENCE_PREFIX)) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(event.reference().substring(REFERENCE_PREFIX.length()));
        Optional<CopyRequest> request = requests.lock(id);
        if (request.isEmpty()) {
            return Optional.empty();
        }
        CopyRequest r = request.get();
        // a citizen who paid at the gateway after the session timed out still gets the copy they paid for
        boolean paidAfterExpiry = r.state() == RequestState.EXPIRED && r.paymentOrderId() != null;
        if (r.state() == RequestState.RECOGNISED || paidAfterExpiry) {
            markPaid(r, clock.instant());
        }
        return Optional.of(id);
    }

    private void markPaid(CopyRequest r, Instant at) {
        EcopyProperties.Kiosk kiosk = properties.kiosk(r.kioskId());
        String officer = kiosk == null ? null : kiosk.certifyingOfficer();
        if (officer == null) {
            throw new DomainException(Kind.UNPROCESSABLE, "ecopy.kiosk.noOfficer", r.kioskId());
        }
        requests.paid(r.id(), officer, at);
        audit.record("ecopy.paid", "copy-request", r.id().toString(),
                "fee " + r.feeVnd() + " VND" + (r.paymentOrderId() == null ? "" : ", order " + r.paymentOrderId()));
    }
}
