package org.onedoor.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The return address is where the payer's browser is redirected: OneDoor's own pages only (no open redirect). */
class PaymentReturnUrlTest {

    private final PaymentService service = new PaymentService(null, List.of(),
            new PaymentProperties("demo", null, "", "", Duration.ofSeconds(1)), "https://mot-cua.example.vn",
            event -> { }, (action, type, id, detail) -> { }, Clock.systemUTC());

    @ParameterizedTest
    @CsvSource({
            "/kiosk/copies/HN-1/paid, true",
            "https://mot-cua.example.vn/kiosk/done, true",
            "//evil.example/x, false",
            "https://evil.example/, false",
            "https://mot-cua.example.vn.evil.example/, false",
            "/\\evil.example, false",
            "javascript:alert(1), false",
            "'', false"})
    void onlyOneDoorsOwnPagesAreAccepted(String url, boolean safe) {
        assertThat(service.isSafeReturnUrl(url)).isEqualTo(safe);
    }
}
