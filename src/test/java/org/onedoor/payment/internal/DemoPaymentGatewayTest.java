package org.onedoor.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.payment.PaymentGateway;
import org.onedoor.payment.PaymentGateway.GatewayConfirmation;
import org.onedoor.platform.OneDoorProperties;

class DemoPaymentGatewayTest {

    private static final String ORDER = "PAY-ABCDEFGHIJKLMNOP";

    @TempDir
    Path dataDir;

    private DemoPaymentGateway gateway(Boolean enabled, String secret, boolean demo) {
        PaymentProperties settings = new PaymentProperties("demo", enabled, secret, "", Duration.ofSeconds(1));
        OneDoorProperties platform = new OneDoorProperties(dataDir, demo, false, "http://localhost:8080",
                new OneDoorProperties.Database(false, true, 0, 2));
        return new DemoPaymentGateway(settings, platform);
    }

    private static Map<String, String> callback(DemoPaymentGateway gateway, String orderId, long amount, String ref) {
        Map<String, String> fields = new HashMap<>();
        fields.put("orderId", orderId);
        fields.put("amountVnd", Long.toString(amount));
        fields.put("gatewayRef", ref);
        fields.put("signature", gateway.sign(orderId, amount, ref));
        return fields;
    }

    @Test
    void aCallbackSignedWithTheInstallationsKeyVerifies() {
        DemoPaymentGateway gateway = gateway(null, "", true);

        GatewayConfirmation confirmation = gateway.verify(callback(gateway, ORDER, 10_000, "DEMO-1"));

        assertThat(confirmation).isEqualTo(new GatewayConfirmation(ORDER, 10_000, "DEMO-1"));
    }

    @ParameterizedTest
    @CsvSource({"amountVnd, 100000", "gatewayRef, DEMO-2", "orderId, PAY-ZZZZZZZZZZZZZZZZ"})
    void changingAnySignedFieldBreaksTheSignature(String field, String value) {
        DemoPaymentGateway gateway = gateway(null, "", true);
        Map<String, String> fields = callback(gateway, ORDER, 10_000, "DEMO-1");
        fields.put(field, value);

        assertThatThrownBy(() -> gateway.verify(fields)).isInstanceOf(PaymentGateway.RejectedCallback.class);
    }

    @ParameterizedTest
    @CsvSource({"amountVnd, -5", "amountVnd, 1e3", "orderId, PAY-1|2", "gatewayRef, ''", "signature, ''"})
    void malformedOrMissingFieldsAreRejected(String field, String value) {
        DemoPaymentGateway gateway = gateway(null, "", true);
        Map<String, String> fields = callback(gateway, ORDER, 10_000, "DEMO-1");
        fields.put(field, value);

        assertThatThrownBy(() -> gateway.verify(fields)).isInstanceOf(PaymentGateway.RejectedCallback.class);
    }

    @Test
    void theKeyIsGeneratedOnceOwnerOnlyAndReusedAfterARestart() throws IOException {
        DemoPaymentGateway first = gateway(null, "", true);
        Path key = dataDir.resolve("payment").resolve(DemoGatewayKey.FILE);

        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        DemoPaymentGateway afterRestart = gateway(null, "", true);
        assertThat(afterRestart.sign(ORDER, 1, "R")).isEqualTo(first.sign(ORDER, 1, "R"));
    }

    @Test
    void aConfiguredSecretIsUsedInsteadOfAGeneratedKey() {
        DemoPaymentGateway configured = gateway(null, "configured-secret", true);

        assertThat(dataDir.resolve("payment")).doesNotExist();
        assertThat(configured.sign(ORDER, 1, "R")).isNotEqualTo(gateway(null, "another-secret", true).sign(ORDER, 1, "R"));
    }

    @Test
    void withoutDemoModeTheGatewayIsOffUnlessSwitchedOn() {
        DemoPaymentGateway production = gateway(null, "", false);

        assertThat(production.enabled()).isFalse();
        assertThatThrownBy(() -> production.verify(Map.of())).isInstanceOf(PaymentGateway.RejectedCallback.class);
        assertThat(gateway(true, "s", false).enabled()).isTrue();
    }
}
