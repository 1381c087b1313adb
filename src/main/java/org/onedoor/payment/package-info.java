/**
 * Fee payment through a payment gateway behind an interface: payment orders, the gateway's signed callback,
 * and a {@link org.onedoor.payment.PaymentConfirmed} event. The default is a demo gateway that confirms with an
 * HMAC-signed callback; real gateways (the national public service portal's payment platform, banks) plug in as
 * another {@link org.onedoor.payment.PaymentGateway}. API: {@link org.onedoor.payment.Payments}.
 * URLs: {@code POST /api/v1/payments/callback} (the gateway's notification, public, signature-checked) and the demo
 * gateway's page {@code /payment/demo/{orderId}}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payment")
package org.onedoor.payment;
