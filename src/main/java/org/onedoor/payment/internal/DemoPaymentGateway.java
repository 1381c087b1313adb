package org.onedoor.payment.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.onedoor.payment.PaymentGateway;
import org.onedoor.payment.PaymentOrder;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo gateway (decision 0350): a bank-like confirm page at {@code /payment/demo/{orderId}}; "Pay" makes the
 * gateway's server-to-server callback to {@code POST /api/v1/payments/callback} with
 * {@code orderId, amountVnd, gatewayRef} and {@code signature = hex(HMAC-SHA256(key, orderId|amountVnd|gatewayRef))}.
 * Available only in demo installations unless switched on explicitly.
 */
@Component
public class DemoPaymentGateway implements PaymentGateway {

    public static final String NAME = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoPaymentGateway.class);
    private static final Pattern ORDER_ID = Pattern.compile("PAY-[A-Z2-7]{16}");
    private static final Pattern GATEWAY_REF = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]{0,15}");
    private static final int ATTEMPTS = 3;

    private final boolean enabled;
    private final byte[] key;
    private final PaymentProperties settings;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    DemoPaymentGateway(PaymentProperties settings, OneDoorProperties platform) {
        this.settings = settings;
        this.enabled = settings.demoGatewayEnabled() != null ? settings.demoGatewayEnabled() : platform.demo();
        this.key = enabled ? DemoGatewayKey.load(settings.demoSecret(), platform.dataDir().resolve("payment")) : null;
        this.http = HttpClient.newBuilder().connectTimeout(settings.demoCallbackTimeout()).build();
    }

    public boolean enabled() {
        return enabled;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String payUrl(PaymentOrder order) {
        return "/payment/demo/" + order.orderId();
    }

    @Override
    public GatewayConfirmation verify(Map<String, String> fields) {
        if (!enabled) {
            throw new RejectedCallback("the demo gateway is not enabled");
        }
        String orderId = required(fields, "orderId", ORDER_ID);
        String amount = required(fields, "amountVnd", AMOUNT);
        String gatewayRef = required(fields, "gatewayRef", GATEWAY_REF);
        String signature = fields.get("signature");
        byte[] expected = sign(orderId, Long.parseLong(amount), gatewayRef).getBytes(StandardCharsets.US_ASCII);
        if (signature == null || !MessageDigest.isEqual(expected, signature.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
            throw new RejectedCallback("signature does not match");
        }
        return new GatewayConfirmation(orderId, Long.parseLong(amount), gatewayRef);
    }

    /** {@code hex(HMAC-SHA256(key, orderId|amountVnd|gatewayRef))}; the fields' patterns exclude the separator. */
    public String sign(String orderId, long amountVnd, String gatewayRef) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((orderId + "|" + amountVnd + "|" + gatewayRef).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The "bank" confirms the payment and notifies OneDoor server-to-server, as a real gateway would; it tries three
     * times, as gateways retry until acknowledged. The order is paid when OneDoor accepted the notification,
     * whatever the payer's browser does next.
     *
     * @param localCallback the callback address on this server, used unless {@code demo-callback-url} is set
     * @return whether OneDoor acknowledged the payment
     */
    public boolean payAndNotify(PaymentOrder order, URI localCallback) {
        String gatewayRef = "DEMO-" + Long.toUnsignedString(random.nextLong(), 36).toUpperCase(java.util.Locale.ROOT);
        String body = """
                {"orderId":"%s","amountVnd":"%d","gatewayRef":"%s","signature":"%s"}"""
                .formatted(order.orderId(), order.amountVnd(), gatewayRef, sign(order.orderId(), order.amountVnd(), gatewayRef));
        URI target = settings.demoCallbackUrl().isBlank() ? localCallback : URI.create(settings.demoCallbackUrl());
        HttpRequest request = HttpRequest.newBuilder(target)
                .timeout(settings.demoCallbackTimeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() / 100 == 2) {
                    return true;
                }
                log.warn("Demo gateway callback for {} answered {}: {}", order.orderId(), response.statusCode(), response.body());
                if (response.statusCode() / 100 == 4) {
                    return false; // refused: repeating will not change the answer
                }
            } catch (IOException e) {
                log.warn("Demo gateway callback for {} failed (attempt {}): {}", order.orderId(), attempt, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            try {
                Thread.sleep(300L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static String required(Map<String, String> fields, String name, Pattern pattern) {
        String value = fields.get(name);
        if (value == null || !pattern.matcher(value).matches()) {
            throw new RejectedCallback("field " + name + " missing or malformed");
        }
        return value;
    }
}
