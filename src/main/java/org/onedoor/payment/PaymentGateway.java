package org.onedoor.payment;

import java.util.Map;

/**
 * A payment gateway behind OneDoor's payment orders (SPI). The default is the demo gateway, a bank-like confirm page
 * that calls back with an HMAC-signed confirmation; a real one (the national public service portal's payment
 * platform, a bank) is another implementation selected with {@code onedoor.payment.gateway}.
 * <p>
 * The gateway's server-to-server notification arrives at {@code POST /api/v1/payments/callback}; OneDoor hands its
 * fields to {@link #verify}, then checks the amount against the order and marks the order paid exactly once.
 */
public interface PaymentGateway {

    /** Short name, also {@code onedoor.payment.gateway}'s value, e.g. {@code demo}. */
    String name();

    /** Where to send the payer's browser to pay this order (relative to OneDoor, or absolute). */
    String payUrl(PaymentOrder order);

    /**
     * Checks a notification's authenticity (signature) and reads it.
     *
     * @param fields the notification's fields as the gateway sent them
     * @throws RejectedCallback if the signature is missing or wrong, or fields are missing or malformed
     */
    GatewayConfirmation verify(Map<String, String> fields);

    /** A verified notification: the gateway says this order was paid with this amount. */
    record GatewayConfirmation(String orderId, long amountVnd, String gatewayRef) {
    }

    /** A notification that cannot be trusted; nothing is changed. */
    class RejectedCallback extends RuntimeException {
        public RejectedCallback(String reason) {
            super(reason);
        }
    }
}
