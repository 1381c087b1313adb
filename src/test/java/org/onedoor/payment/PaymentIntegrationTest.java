package org.onedoor.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.onedoor.payment.internal.DemoPaymentGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;

/** Payment orders and the gateway's signed callback, over real HTTP against the running application and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(PaymentIntegrationTest.ConfirmedEvents.class)
class PaymentIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Payments payments;

    @Autowired
    DemoPaymentGateway gateway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfirmedEvents confirmed;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    /** Counts PaymentConfirmed events of committed transactions only. */
    @TestConfiguration
    static class ConfirmedEvents {
        final List<PaymentConfirmed> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void on(PaymentConfirmed event) {
            events.add(event);
        }

        List<PaymentConfirmed> of(String orderId) {
            return events.stream().filter(e -> e.orderId().equals(orderId)).toList();
        }

        long count(String orderId) {
            return events.stream().filter(e -> e.orderId().equals(orderId)).count();
        }
    }

    private PaymentOrder newOrder(long amount) {
        return payments.create(new PaymentRequest("ecopy:TEST-" + UUID.randomUUID(), amount, "Chứng thực bản sao", "/kiosk/done"));
    }

    private String signedCallback(PaymentOrder order, long amount, String gatewayRef) {
        return """
                {"orderId":"%s","amountVnd":%d,"gatewayRef":"%s","signature":"%s"}"""
                .formatted(order.orderId(), amount, gatewayRef, gateway.sign(order.orderId(), amount, gatewayRef));
    }

    private HttpResponse<String> postCallback(String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/payments/callback"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private PaymentOrder.Status status(PaymentOrder order) {
        return payments.find(order.orderId()).orElseThrow().status();
    }

    private long audits(String action, String orderId) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :action and subject_id = :id")
                .param("action", action).param("id", orderId).query(Long.class).single();
    }

    @Test
    void aSignedCallbackPaysTheOrderPublishesOnceAndIsAudited() throws Exception {
        PaymentOrder order = newOrder(10_000);
        assertThat(order.status()).isEqualTo(PaymentOrder.Status.PENDING);
        assertThat(order.payUrl()).isEqualTo("/payment/demo/" + order.orderId());

        HttpResponse<String> response = postCallback(signedCallback(order, 10_000, "DEMO-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        PaymentOrder paid = payments.find(order.orderId()).orElseThrow();
        assertThat(paid.status()).isEqualTo(PaymentOrder.Status.PAID);
        assertThat(paid.gatewayRef()).isEqualTo("DEMO-1");
        assertThat(paid.paidAt()).isNotNull();
        assertThat(confirmed.of(order.orderId())).containsExactly(new PaymentConfirmed(order.orderId(), order.reference(), 10_000, "DEMO-1"));
        assertThat(audits("payment.paid", order.orderId())).isEqualTo(1);
    }

    @Test
    void aReplayedCallbackIsAcknowledgedButPublishesNothingMore() throws Exception {
        PaymentOrder order = newOrder(20_000);
        String callback = signedCallback(order, 20_000, "DEMO-2");

        assertThat(postCallback(callback).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = postCallback(callback);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).contains("\"alreadyPaid\":true");
        assertThat(confirmed.count(order.orderId())).isEqualTo(1);
        assertThat(audits("payment.paid", order.orderId())).isEqualTo(1);
    }

    @Test
    void aBadSignatureIsRefusedWith401AndChangesNothing() throws Exception {
        PaymentOrder order = newOrder(30_000);
        String forged = signedCallback(order, 30_000, "DEMO-3").replaceAll("\"signature\":\"[0-9a-f]{8}", "\"signature\":\"00000000");

        HttpResponse<String> response = postCallback(forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().contains("application/problem+json");
        assertThat(response.body()).contains("signature is not valid");
        assertThat(status(order)).isEqualTo(PaymentOrder.Status.PENDING);
        assertThat(confirmed.count(order.orderId())).isZero();
        assertThat(audits("payment.callback.rejected", order.orderId())).isEqualTo(1);
    }

    @Test
    void aSignedCallbackWithTheWrongAmountIsRefused() throws Exception {
        PaymentOrder order = newOrder(40_000);

        HttpResponse<String> response = postCallback(signedCallback(order, 4_000, "DEMO-4"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("4,000").contains("40,000");
        assertThat(status(order)).isEqualTo(PaymentOrder.Status.PENDING);
        assertThat(confirmed.count(order.orderId())).isZero();
    }

    @Test
    void aCallbackForAnUnknownOrderIs404() throws Exception {
        PaymentOrder unknown = new PaymentOrder("PAY-AAAAAAAAAAAAAAAA", "x", 1, "x", PaymentOrder.Status.PENDING, null, null, null, null);

        assertThat(postCallback(signedCallback(unknown, 1, "DEMO-5")).statusCode()).isEqualTo(404);
    }

    @Test
    void concurrentDuplicateCallbacksPayTheOrderExactlyOnce() throws Exception {
        PaymentOrder order = newOrder(50_000);
        String callback = signedCallback(order, 50_000, "DEMO-6");
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return postCallback(callback).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(status(order)).isEqualTo(PaymentOrder.Status.PAID);
        assertThat(confirmed.count(order.orderId())).isEqualTo(1);
        assertThat(audits("payment.paid", order.orderId())).isEqualTo(1);
    }

    @Test
    void theSameReferenceGivesTheSameOrderAndACancelledOneIsReopened() throws Exception {
        PaymentRequest request = new PaymentRequest("ecopy:TEST-" + UUID.randomUUID(), 15_000, "Bản sao", "/kiosk/done");
        PaymentOrder first = payments.create(request);

        assertThat(payments.create(request).orderId()).isEqualTo(first.orderId());
        assertThat(payments.findByReference(request.reference())).get().extracting(PaymentOrder::orderId).isEqualTo(first.orderId());
        assertThatThrownBy(() -> payments.create(new PaymentRequest(request.reference(), 99_000, "Bản sao", "/kiosk/done")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));

        Browser browser = new Browser();
        browser.post("/payment/demo/" + first.orderId() + "/cancel", browser.csrf("/payment/demo/" + first.orderId()));
        assertThat(status(first)).isEqualTo(PaymentOrder.Status.CANCELLED);
        assertThat(payments.create(request).status()).isEqualTo(PaymentOrder.Status.PENDING);
    }

    @Test
    void aReturnAddressOutsideOneDoorIsRefused() {
        assertThatThrownBy(() -> payments.create(new PaymentRequest("ecopy:TEST-" + UUID.randomUUID(), 1_000, "x", "//evil.example/")))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> payments.create(new PaymentRequest("ecopy:TEST-" + UUID.randomUUID(), 1_000, "x", "https://evil.example/")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void payingOnTheDemoPageCallsBackServerToServerThenSendsTheBrowserBack() throws Exception {
        PaymentOrder order = newOrder(25_000);
        Browser browser = new Browser();

        HttpResponse<String> page = browser.get(order.payUrl() + "?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Demo payment gateway").contains("25,000 VND").contains(">Pay<").contains(">Cancel<");
        assertThat(browser.get(order.payUrl() + "?lang=id").body()).contains(">Bayar<");

        HttpResponse<String> paid = browser.post(order.payUrl() + "/pay", browser.csrf(order.payUrl()));

        assertThat(paid.statusCode()).isEqualTo(302);
        assertThat(paid.headers().firstValue("Location")).get().asString().endsWith("/kiosk/done");
        // paid by the server-to-server callback: the order is paid whether or not the browser follows the redirect
        assertThat(status(order)).isEqualTo(PaymentOrder.Status.PAID);
        assertThat(confirmed.count(order.orderId())).isEqualTo(1);
        assertThat(payments.find(order.orderId()).orElseThrow().gatewayRef()).startsWith("DEMO-");
    }

    @Test
    void anUnknownOrderHasNoDemoPage() throws Exception {
        assertThat(new Browser().get("/payment/demo/PAY-AAAAAAAAAAAAAAAA").statusCode()).isEqualTo(404);
    }

    /** A browser with cookies that reads CSRF tokens from pages. */
    private final class Browser {
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrf(String pagePath) throws Exception {
            Matcher m = CSRF.matcher(get(pagePath).body());
            assertThat(m.find()).as("CSRF token on " + pagePath).isTrue();
            return m.group(1);
        }

        HttpResponse<String> post(String path, String csrf) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + java.net.URLEncoder.encode(csrf, java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
