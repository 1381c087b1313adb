package org.onedoor.notification.internal;

import org.onedoor.notification.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The two ways out: e-mail through Spring Mail when {@code spring.mail.host} is configured (Boot then provides
 * the {@link JavaMailSender}), SMS through the application's {@link SmsGateway}. Without a mail host or a gateway
 * bean the message is logged instead, so development and demo installations work without either.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ObjectProvider<SmsGateway> smsGateway;
    private final NotificationProperties properties;

    Deliveries(ObjectProvider<JavaMailSender> mailSender, ObjectProvider<SmsGateway> smsGateway,
               NotificationProperties properties) {
        this.mailSender = mailSender;
        this.smsGateway = smsGateway;
        this.properties = properties;
    }

    void email(String to, String subject, String body) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("No mail host configured (spring.mail.host); e-mail to {} not sent:\nSubject: {}\n{}", to, subject, body);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }

    void sms(String phone, String text) {
        smsGateway.getIfAvailable(() -> LoggingSmsGateway.INSTANCE).send(phone, text);
    }

    /** The default gateway: writes the message to the log. */
    enum LoggingSmsGateway implements SmsGateway {
        INSTANCE;

        private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

        @Override
        public void send(String phoneNumber, String text) {
            log.info("SMS to {} (no SmsGateway bean, logged only): {}", phoneNumber, text);
        }
    }
}
