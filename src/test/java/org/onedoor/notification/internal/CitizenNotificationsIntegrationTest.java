package org.onedoor.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.DossierStatusChanged;
import org.onedoor.notification.SmsGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import org.onedoor.TestSmtp;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Notifications against a real SMTP server (GreenMail on 127.0.0.1) and the real event publication registry on the
 * embedded PostgreSQL: events are published in a transaction exactly as the dossier module does.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(CitizenNotificationsIntegrationTest.RecordingSms.class)
class CitizenNotificationsIntegrationTest {

    static final ServerSetup SMTP = TestSmtp.setup();
    static GreenMail smtp = TestSmtp.start(SMTP);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestSmtp.mailProperties(registry, SMTP);
        registry.add("onedoor.notification.resubmit-after", () -> "0s");
        registry.add("onedoor.notification.resubmit-every", () -> "1h"); // the tests trigger the retry themselves
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired RecordingSms sms;
    @Autowired NotificationRetry retry;
    @Autowired CitizenNotifications listener;

    @BeforeEach
    void smtpIsUp() {
        if (smtp == null) {
            smtp = TestSmtp.start(SMTP);
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void emailsTheApplicantInVietnameseWhenTheDossierIsReceived() throws Exception {
        StatusChanges dossier = StatusChanges.forNewDossier();

        publish(dossier.received());

        MimeMessage mail = awaitMailFor(dossier.code);
        assertThat(mail.getSubject()).isEqualTo("Hồ sơ " + dossier.code + " đã được tiếp nhận");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("hang.nguyen@example.vn");
        assertThat(GreenMailUtil.getBody(mail)).isNotNull();
        assertThat(mail.getContent().toString())
                .contains("Kính gửi Ông/Bà Nguyễn Thị Hằng,")
                .contains("Mã hồ sơ: " + dossier.code)
                .contains("Thủ tục: Đăng ký khai sinh")
                .contains("Trạng thái: Đã tiếp nhận")
                .contains("Hạn trả kết quả: 16:00 26/11/2026")
                .contains("http://localhost:8080/track?code=" + dossier.code);
        await().untilAsserted(() -> assertThat(sms.to(dossier.phone)).singleElement().asString()
                .contains(dossier.code, "đã được tiếp nhận", "16:00 26/11/2026", "/track?code="));
    }

    @Test
    void writesInEnglishForAnApplicantWhoUsedEnglishAndPassesOnTheOfficersComment() throws Exception {
        StatusChanges dossier = StatusChanges.forNewDossier().inLocale("en");

        publish(dossier.change(3, DossierStatus.RECEIVED, "REQUEST_SUPPLEMENT", DossierStatus.SUPPLEMENT_REQUESTED,
                "Please add the certified copy of the marriage certificate."));

        MimeMessage mail = awaitMailFor(dossier.code);
        assertThat(mail.getSubject()).isEqualTo("Dossier " + dossier.code + " needs to be supplemented");
        assertThat(mail.getContent().toString())
                .contains("Dear Nguyễn Thị Hằng,", "Status: Supplement requested", "Result due: 16:00 26/11/2026",
                        "Details: Please add the certified copy of the marriage certificate.");
    }

    @Test
    void sendsNothingForAStatusTheApplicantDoesNotCareAbout() {
        StatusChanges dossier = StatusChanges.forNewDossier();

        publish(dossier.change(3, DossierStatus.RECEIVED, "FORWARD", DossierStatus.PROCESSING, null));
        publish(dossier.change(4, DossierStatus.PROCESSING, "EXTEND", DossierStatus.PROCESSING, "Cần xác minh"));

        // the EXTEND afterwards is announced; the FORWARD never even reached the outbox for this listener
        awaitMailFor(dossier.code);
        awaitCompletedPublications(dossier.code, 1);
        assertThat(publications(dossier.code, false)).isZero();
        assertThat(mailsFor(dossier.code)).hasSize(1);
        assertThat(sent(dossier.code, "EMAIL")).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        StatusChanges dossier = StatusChanges.forNewDossier();
        DossierStatusChanged event = dossier.change(9, DossierStatus.SIGNING, "SIGN", DossierStatus.RESULT_READY, null);

        publish(event);
        awaitCompletedPublications(dossier.code, 1);
        awaitMailFor(dossier.code);

        // the outbox delivers at least once: a resubmitted publication invokes the listener again with the same event
        listener.on(event);

        assertThat(mailsFor(dossier.code)).hasSize(1);
        assertThat(sms.to(dossier.phone)).hasSize(1);
        assertThat(sent(dossier.code, "EMAIL")).isEqualTo(1);
        assertThat(sent(dossier.code, "SMS")).isEqualTo(1);
    }

    @Test
    void whenSmtpIsDownTheTransitionCommitsAndTheEmailFollowsOnceTheServerIsBack() {
        StatusChanges dossier = StatusChanges.forNewDossier();
        smtp.stop();
        smtp = null;

        long started = System.nanoTime();
        publish(dossier.change(5, DossierStatus.PROCESSING, "WITHDRAW", DossierStatus.WITHDRAWN, null));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));

        // committed: the outbox row written in the publishing transaction is there; the e-mail failed, the SMS went
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(publications(dossier.code, false)).isEqualTo(1);
            assertThat(sms.to(dossier.phone)).hasSize(1);
            assertThat(failedAttempts(dossier.code)).isTrue();
        });
        assertThat(sent(dossier.code, "EMAIL")).isZero();

        smtp = TestSmtp.start(SMTP);
        retry.resubmitFailedNotifications();

        MimeMessage mail = awaitMailFor(dossier.code);
        assertThat(mail).isNotNull();
        awaitCompletedPublications(dossier.code, 1);
        assertThat(publications(dossier.code, false)).isZero();
        assertThat(sms.to(dossier.phone)).as("the SMS that went through is not repeated").hasSize(1);
        assertThat(sent(dossier.code, "EMAIL")).isEqualTo(1);
    }

    @Test
    void anApplicantWithoutEmailOrPhoneGetsNothingAndNothingFails() {
        StatusChanges dossier = StatusChanges.forNewDossier().email(null).phone(" ");

        publish(dossier.change(10, DossierStatus.RESULT_READY, "RETURN_RESULT", DossierStatus.RESULT_RETURNED, null));

        awaitCompletedPublications(dossier.code, 1);
        assertThat(mailsFor(dossier.code)).isEmpty();
        assertThat(sent(dossier.code, "EMAIL") + sent(dossier.code, "SMS")).isZero();
    }

    // --- helpers

    private void publish(DossierStatusChanged event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private MimeMessage awaitMailFor(String code) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !mailsFor(code).isEmpty());
        return mailsFor(code).get(0);
    }

    private List<MimeMessage> mailsFor(String code) {
        if (smtp == null) {
            return List.of();
        }
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getSubject().contains(code);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private void awaitCompletedPublications(String code, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> publications(code, true) == count);
    }

    /** Our listener's publications of events about this dossier, completed or not. */
    private int publications(String code, boolean completed) {
        return jdbc.sql("select count(*) from event_publication where listener_id like :listener and serialized_event like :code"
                        + (completed ? " and completion_date is not null" : " and completion_date is null"))
                .param("listener", "%CitizenNotifications%")
                .param("code", "%" + code + "%")
                .query(Integer.class).single();
    }

    /** Whether the registry recorded a failed attempt (Modulith 2 status column) for this dossier. */
    private boolean failedAttempts(String code) {
        return jdbc.sql("select count(*) from event_publication where listener_id like '%CitizenNotifications%'"
                        + " and serialized_event like :code and status = 'FAILED'")
                .param("code", "%" + code + "%")
                .query(Integer.class).single() == 1;
    }

    private int sent(String code, String channel) {
        return jdbc.sql("select count(*) from notification.sent where dossier_code = :code and channel = :channel")
                .param("code", code).param("channel", channel).query(Integer.class).single();
    }



    /** Records SMS instead of sending them: the application's SmsGateway bean, as a real gateway would plug in. */
    @TestConfiguration
    static class RecordingSms implements SmsGateway {

        record Sms(String phone, String text) {
            @Override
            public String toString() {
                return text;
            }
        }

        private final List<Sms> sent = new CopyOnWriteArrayList<>();

        @Override
        public void send(String phoneNumber, String text) {
            sent.add(new Sms(phoneNumber, text));
        }

        List<Sms> to(String phone) {
            return sent.stream().filter(sms -> sms.phone().equals(phone)).toList();
        }
    }
}
