package org.onedoor.payment;

/**
 * @param reference   what is paid for, unique per payable thing, e.g. {@code ecopy:HN-2026-000123}
 * @param amountVnd   the amount in Vietnamese đồng (no minor unit)
 * @param description shown to the payer
 * @param returnUrl   where the payer's browser goes after paying (relative or absolute)
 */
public record PaymentRequest(String reference, long amountVnd, String description, String returnUrl) {
}
