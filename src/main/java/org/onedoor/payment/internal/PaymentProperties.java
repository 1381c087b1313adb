package org.onedoor.payment.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the payment module ({@code onedoor.payment.*}).
 *
 * @param gateway             which {@link org.onedoor.payment.PaymentGateway} takes payments (default {@code demo})
 * @param demoGatewayEnabled  whether the demo gateway (anyone can "pay" by pressing a button) is available; unset
 *                            means "only when {@code onedoor.demo} is true", so production never has it by accident
 * @param demoSecret          the demo gateway's HMAC key; empty: a random key generated on first start and kept in
 *                            {@code <data-dir>/payment/demo-gateway.key}
 * @param demoCallbackUrl     where the demo gateway sends its server-to-server callback; empty: the address the
 *                            payer's browser used to reach OneDoor + {@code /api/v1/payments/callback}
 * @param demoCallbackTimeout time limit of one callback attempt (three attempts are made)
 */
@ConfigurationProperties("onedoor.payment")
public record PaymentProperties(
        @DefaultValue("demo") String gateway,
        Boolean demoGatewayEnabled,
        @DefaultValue("") String demoSecret,
        @DefaultValue("") String demoCallbackUrl,
        @DefaultValue("5s") Duration demoCallbackTimeout) {
}
