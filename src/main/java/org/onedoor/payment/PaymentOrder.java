package org.onedoor.payment;

import java.time.Instant;

/**
 * @param orderId    OneDoor's order id (sent to the gateway)
 * @param payUrl     where to send the payer's browser
 * @param paidAt     when the gateway confirmed, null while unpaid
 * @param gatewayRef the gateway's transaction id once paid
 */
public record PaymentOrder(String orderId, String reference, long amountVnd, String description, Status status,
        String payUrl, Instant createdAt, Instant paidAt, String gatewayRef) {

    public enum Status { PENDING, PAID, FAILED, CANCELLED }
}
