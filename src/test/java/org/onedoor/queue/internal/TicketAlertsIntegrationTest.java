package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.onedoor.TestSmtp;
import org.onedoor.common.DomainException;
import org.onedoor.notification.CitizenMessenger;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAlerts;
import org.onedoor.queue.TicketEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

/**
 * The citizen's alerts against a real SMTP server (GreenMail on 127.0.0.1) and the floor's real calls: "N places
 * away" and "called" arrive exactly once each, and a mail outage delays them without losing them. The floor's
 * {@link TicketEvent} is published here in the calling transaction as the floor does (publishing it twice, once by
 * the floor and once here, must not send anything twice either).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TicketAlertsIntegrationTest {

    static final ServerSetup SMTP = TestSmtp.setup();
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.mailProperties(registry, SMTP);
        registry.add("onedoor.notification.resubmit-messages-after", () -> "0s");
        registry.add("onedoor.notification.resubmit-messages-every", () -> "1h"); // the test triggers the retry itself
    }

    @Autowired TicketAlerts alerts;
    @Autowired Queues queues;
    @Autowired CitizenMessenger messenger;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcClient jdbc;

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private Ticket call(String centre, long line, String counter) {
        return transactions.execute(status -> {
            Ticket t = queues.callNext(centre, counter, "officer.test", List.of(line)).orElseThrow();
            events.publishEvent(new TicketEvent(centre, t.id(), t.code(), t.lineId(), "CALLED", counter, Instant.now()));
            return t;
        });
    }

    private List<String> subjectsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address)).map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).sorted().toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    @Order(1)
    void aMailOutageDelaysTheAlertsAndLosesNone() {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "A");
        fixtures.ticket(centre, line, "A", "WAITING", null);
        fixtures.ticket(centre, line, "A", "WAITING", null);
        long mine = fixtures.ticket(centre, line, "A", "WAITING", null);
        String address = "outage-" + UUID.randomUUID() + "@example.vn";

        // no mail server: two tickets before A003, which is within 3 places: "near" at once
        alerts.subscribe(centre, mine, null, address, "vi");
        call(centre, line, "1");
        call(centre, line, "2");
        assertThat(call(centre, line, "3").code()).isEqualTo("A003");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from event_publication where serialized_event like :to
                           and completion_date is null and status = 'FAILED'""")
                .param("to", "%" + address + "%").query(Integer.class).single()).isEqualTo(2));

        smtp = TestSmtp.start(SMTP);
        messenger.resubmitFailed();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(subjectsTo(address))
                .containsExactly("Mời số A003 đến quầy 3", "Số A003 sắp đến lượt"));
    }

    @Test
    @Order(2)
    void nearAndCalledArriveExactlyOnceEach() throws Exception {
        if (smtp == null) {
            smtp = TestSmtp.start(SMTP);
        }
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "B");
        for (int i = 0; i < 4; i++) {
            fixtures.ticket(centre, line, "B", "WAITING", null);
        }
        long mine = fixtures.ticket(centre, line, "B", "WAITING", null);
        fixtures.ticket(centre, line, "B", "WAITING", null);
        String address = "once-" + UUID.randomUUID() + "@example.vn";

        alerts.subscribe(centre, mine, "0912 000 111", address, "en");   // four before it: not near yet
        Ticket first = call(centre, line, "1");                            // three before it: near
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjectsTo(address))
                .containsExactly("Number B005: your turn is near"));
        call(centre, line, "2");
        call(centre, line, "1");
        call(centre, line, "2");
        Ticket called = call(centre, line, "3");
        assertThat(called.id()).isEqualTo(mine);
        // the same event again (the floor and this test both publish it) and a recall: nothing more
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new TicketEvent(centre, mine, called.code(), line, "CALLED", "3", Instant.now()));
            events.publishEvent(new TicketEvent(centre, mine, called.code(), line, "RECALLED", "3", Instant.now()));
            events.publishEvent(new TicketEvent(centre, first.id(), first.code(), line, "DONE", "1", Instant.now()));
        });
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(subjectsTo(address))
                .containsExactly("Number B005, please come to counter 3", "Number B005: your turn is near"));
        Thread.sleep(1500);
        assertThat(subjectsTo(address)).hasSize(2);
        String body = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(address))
                .map(m -> com.icegreen.greenmail.util.GreenMailUtil.getBody(m)).filter(b -> b.contains("please come"))
                .findFirst().orElseThrow();
        assertThat(body).contains("Number B005, please come to counter 3.");
        // the SMS went to the outbox too (logged without a gateway), once each
        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :to")
                .param("to", "%0912000111%").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void aSubscriptionNeedsAWaitingTicketAndAValidContact() {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "C");
        long served = fixtures.ticket(centre, line, "C", "DONE", "1");
        assertThatThrownBy(() -> alerts.subscribe(centre, served, "0912345678", null, "vi"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> alerts.subscribe(centre, 999_999_999L, "0912345678", null, "vi"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        long waiting = fixtures.ticket(centre, line, "C", "WAITING", null);
        assertThatThrownBy(() -> alerts.subscribe(centre, waiting, "abc", "x@", "vi"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).hasSize(2));
    }
}
