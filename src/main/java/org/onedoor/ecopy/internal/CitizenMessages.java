package org.onedoor.ecopy.internal;

import java.util.Locale;

import org.onedoor.notification.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * E-mails and text messages to the kiosk's citizen, in their language: the link to a copy, a rejection. A message
 * is an event stored in the event publication registry with the caller's transaction (or its own when there is
 * none), then sent after commit through Spring Mail and the application's {@link SmsGateway} like the notification
 * module does (logged when neither is configured). A failed send leaves the publication incomplete and
 * {@link #resubmitFailed()} tries again later: an acknowledged rejection or link is never lost (decision 0366).
 */
@Component
public class CitizenMessages {

    private static final Logger log = LoggerFactory.getLogger(CitizenMessages.class);

    /** One message to send; stored in the outbox until sent. */
    public record Message(String channel, String to, String subject, String body) {
    }

    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SmsGateway> sms;
    private final MessageSource messages;
    private final String from;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final IncompleteEventPublications incomplete;
    private final java.time.Duration resubmitAfter;

    CitizenMessages(ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsGateway> sms, MessageSource messages,
                    org.springframework.core.env.Environment env, ApplicationEventPublisher events,
                    TransactionTemplate transactions, IncompleteEventPublications incomplete,
                    EcopyProperties properties) {
        this.mail = mail;
        this.sms = sms;
        this.messages = messages;
        this.from = env.getProperty("onedoor.notification.from", "OneDoor <no-reply@onedoor.local>");
        this.events = events;
        this.transactions = transactions;
        this.incomplete = incomplete;
        this.resubmitAfter = properties.resubmitMessagesAfter();
    }

    public String text(String key, String locale, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(locale == null ? "vi" : locale));
    }

    public void email(String to, String subject, String body) {
        publish(new Message("EMAIL", to, subject, body));
    }

    public void sms(String phone, String text) {
        publish(new Message("SMS", phone, null, text));
    }

    private void publish(Message message) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            events.publishEvent(message);
        } else {
            transactions.executeWithoutResult(status -> events.publishEvent(message));
        }
    }

    /** Sends one stored message; throws when the mail server or SMS gateway fails, so that it stays pending. */
    @ApplicationModuleListener
    void send(Message message) {
        if ("SMS".equals(message.channel())) {
            SmsGateway gateway = sms.getIfAvailable();
            if (gateway == null) {
                log.info("SMS to {} (no SmsGateway bean, logged only): {}", message.to(), message.body());
            } else {
                gateway.send(message.to(), message.body());
            }
            return;
        }
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("No mail host configured (spring.mail.host); e-mail to {} not sent:\nSubject: {}\n{}",
                    message.to(), message.subject(), message.body());
            return;
        }
        SimpleMailMessage mailMessage = new SimpleMailMessage();
        mailMessage.setFrom(from);
        mailMessage.setTo(message.to());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        sender.send(mailMessage);
    }

    /** Messages whose sending failed (mail server or SMS gateway down) are tried again every minute. */
    @Scheduled(fixedDelayString = "${onedoor.ecopy.resubmit-messages-every:1m}",
            initialDelayString = "${onedoor.ecopy.resubmit-messages-every:1m}")
    public void resubmitFailed() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(resubmitAfter)
                .withFilter(publication -> publication.getEvent() instanceof Message));
    }
}
