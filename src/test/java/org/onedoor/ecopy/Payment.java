package org.onedoor.ecopy;

import java.util.UUID;

import org.onedoor.ecopy.internal.KioskPayment;
import org.onedoor.payment.PaymentConfirmed;

/**
 * Pays a kiosk request's fee. Until the payment module's demo gateway is on this branch, the gateway's
 * confirmation is delivered as the event the payment module publishes.
 */
final class Payment {

    private Payment() {
    }

    static void confirm(KioskPayment payment, String id, long amount) {
        payment.confirmed(new PaymentConfirmed("test-" + UUID.randomUUID(), "ecopy:" + id, amount, "TEST"));
    }
}
