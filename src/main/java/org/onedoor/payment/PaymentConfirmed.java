package org.onedoor.payment;

/** Published once per order, in the transaction that records the gateway's verified confirmation. */
public record PaymentConfirmed(String orderId, String reference, long amountVnd, String gatewayRef) {
}
