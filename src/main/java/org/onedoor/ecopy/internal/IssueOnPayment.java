package org.onedoor.ecopy.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.onedoor.payment.PaymentConfirmed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A confirmed payment issues the copy at once (the kiosk shows progress meanwhile). Redelivery is harmless: marking
 * paid and issuing are idempotent. A job finishes issues a crash interrupted and expires abandoned sessions.
 */
@Component
class IssueOnPayment {

    private static final Logger log = LoggerFactory.getLogger(IssueOnPayment.class);

    private final KioskPayment payment;
    private final CopyIssuer issuer;
    private final CopyRequests requests;
    private final Clock clock;

    IssueOnPayment(KioskPayment payment, CopyIssuer issuer, CopyRequests requests, Optional<Clock> clock) {
        this.payment = payment;
        this.issuer = issuer;
        this.requests = requests;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        payment.confirmed(event).ifPresent(this::issueIfPaid);
    }

    private void issueIfPaid(UUID id) {
        if (requests.find(id).filter(r -> r.state() == RequestState.PAID).isPresent()) {
            issuer.issue(id);
        }
    }

    @Scheduled(initialDelayString = "${onedoor.ecopy.housekeeping-every:1m}", fixedDelayString = "${onedoor.ecopy.housekeeping-every:1m}")
    void housekeeping() {
        int expired = requests.expire(clock.instant());
        if (expired > 0) {
            log.info("{} kiosk session(s) expired", expired);
        }
        for (UUID id : requests.paidNotIssued(clock.instant().minus(Duration.ofMinutes(2)))) {
            try {
                issuer.issue(id);
                log.info("Finished the interrupted issue of request {}", id);
            } catch (RuntimeException e) {
                log.warn("Issue of request {} still failing: {}", id, e.toString());
            }
        }
    }
}
