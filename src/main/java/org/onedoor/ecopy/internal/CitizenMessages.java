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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails and text messages to the kiosk's citizen, in their language: the link to a copy, a rejection. Sent
 * through Spring Mail and the application's {@link SmsGateway} like the notification module does (logged when
 * neither is configured), after the transaction commits, and never failing the caller (decision 0366).
 */
@Component
public class CitizenMessages {

    private static final Logger log = LoggerFactory.getLogger(CitizenMessages.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SmsGateway> sms;
    private final MessageSource messages;
    private final String from;

    CitizenMessages(ObjectProvider<JavaMailSender> mail, ObjectProvider<SmsGateway> sms, MessageSource messages,
                    org.springframework.core.env.Environment env) {
        this.mail = mail;
        this.sms = sms;
        this.messages = messages;
        this.from = env.getProperty("onedoor.notification.from", "OneDoor <no-reply@onedoor.local>");
    }

    public String text(String key, String locale, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(locale == null ? "vi" : locale));
    }

    public void email(String to, String subject, String body) {
        afterCommit(() -> {
            JavaMailSender sender = mail.getIfAvailable();
            if (sender == null) {
                log.info("No mail host configured (spring.mail.host); e-mail to {} not sent:\nSubject: {}\n{}", to, subject, body);
                return;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
        });
    }

    public void sms(String phone, String text) {
        afterCommit(() -> {
            SmsGateway gateway = sms.getIfAvailable();
            if (gateway == null) {
                log.info("SMS to {} (no SmsGateway bean, logged only): {}", phone, text);
            } else {
                gateway.send(phone, text);
            }
        });
    }

    private static void afterCommit(Runnable send) {
        Runnable safe = () -> {
            try {
                send.run();
            } catch (RuntimeException e) {
                log.warn("Message to the citizen not sent: {}", e.toString());
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    safe.run();
                }
            });
        } else {
            safe.run();
        }
    }
}
