package org.onedoor.notification.internal;

import java.util.Locale;

import org.onedoor.notification.CitizenMessenger;
import org.onedoor.notification.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@link CitizenMessenger}: each message is a {@link CitizenMessenger.Message} event published in the caller's
 * transaction (or its own when there is none), so it is stored in the event publication registry with the caller's
 * work; the {@link ApplicationModuleListener} sends it after commit. A failed send throws, the publication stays
 * incomplete and {@link #resubmitFailed()} tries it again (decision 0366, moved here from ecopy by decision 0424).
 */
@Component
class CitizenMessageOutbox implements CitizenMessenger {

    private static final Logger log = LoggerFactory.getLogger(CitizenMessageOutbox.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SmsGateway> sms;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final IncompleteEventPublications incomplete;
    private final NotificationProperties properties;

    CitizenMessageOutbox(ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsGateway> sms, MessageSource messages,
                         ApplicationEventPublisher events, TransactionTemplate transactions,
                         IncompleteEventPublications incomplete, NotificationProperties properties) {
        this.mail = mail;
        this.sms = sms;
        this.messages = messages;
        this.events = events;
        this.transactions = transactions;
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Override
    public String text(String key, String locale, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(locale == null || locale.isBlank() ? "vi" : locale));
    }

    @Override
    public void email(String to, String subject, String body) {
        publish(new Message("EMAIL", to, subject, body));
    }

    @Override
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
        mailMessage.setFrom(properties.from());
        mailMessage.setTo(message.to());
        mailMessage.setSubject(message.subject());
        mailMessage.setText(message.body());
        sender.send(mailMessage);
    }

    @Override
    @Scheduled(fixedDelayString = "${onedoor.notification.resubmit-messages-every:1m}",
            initialDelayString = "${onedoor.notification.resubmit-messages-every:1m}")
    public void resubmitFailed() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(properties.resubmitMessagesAfter())
                .withFilter(publication -> publication.getEvent() instanceof Message));
    }
}
