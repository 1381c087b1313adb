package org.onedoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import org.onedoor.TestSmtp;
import org.onedoor.notification.CitizenMessenger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Messages to a citizen (ecopy, queue) against a real SMTP server (GreenMail on 127.0.0.1): a message acknowledged while
 * the mail server is down is kept in the event publication registry and sent once the server is back.
 */
@SpringBootTest
@ActiveProfiles("test")
class CitizenMessageOutboxIntegrationTest {

    static final ServerSetup SMTP = TestSmtp.setup();
    static GreenMail smtp;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.mailProperties(registry, SMTP);
        registry.add("onedoor.notification.resubmit-messages-after", () -> "0s");
        registry.add("onedoor.notification.resubmit-messages-every", () -> "1h"); // the test triggers the retry itself
    }

    @Autowired CitizenMessenger messages;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void aRejectionSentWhileTheMailServerIsDownArrivesOnceItIsBack() {
        String subject = "Từ chối chứng thực " + UUID.randomUUID();
        // the officer's decision commits although no mail server answers
        transactions.executeWithoutResult(status -> messages.email("an@example.vn", subject, "Bản chính bị tẩy xoá."));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from event_publication where serialized_event like :subject
                           and completion_date is null and status = 'FAILED'""")
                .param("subject", "%" + subject + "%").query(Integer.class).single()).isEqualTo(1));

        smtp = TestSmtp.start(SMTP);
        messages.resubmitFailed();

        await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getSubject().equals(subject);
            } catch (Exception e) {
                return false;
            }
        }));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from event_publication where serialized_event like :subject and completion_date is not null""")
                .param("subject", "%" + subject + "%").query(Integer.class).single()).isEqualTo(1));
    }

    @Test
    void withoutATransactionTheMessageIsStillStoredBeforeItIsSent() {
        String subject = "Liên kết bản sao " + UUID.randomUUID();
        messages.email("binh@example.vn", subject, "https://onedoor.example/verify/ABC");

        assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :subject")
                .param("subject", "%" + subject + "%").query(Integer.class).single()).isEqualTo(1);
    }

}
