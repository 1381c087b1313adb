package org.onedoor.payment;

import java.util.Optional;

/** Payment orders for fees. */
public interface Payments {

    /**
     * Creates a payment order (idempotent on {@code request.reference()}: the same reference returns the same
     * unpaid order, or the paid one) and returns it with the URL the payer is sent to.
     */
    PaymentOrder create(PaymentRequest request);

    Optional<PaymentOrder> find(String orderId);

    Optional<PaymentOrder> findByReference(String reference);
}
