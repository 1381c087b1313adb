package org.onedoor.notification;

/**
 * E-mails and text messages to a citizen that are not dossier notifications (a certified copy's link, a rejection,
 * a queue ticket's "your turn is near" alert …). A message is stored in the event publication registry (the
 * outbox) in the caller's transaction, or in a transaction of its own when there is none, and sent after commit
 * through Spring Mail and the application's {@link SmsGateway} (logged when neither is configured). A send that
 * fails stays pending and is tried again later, so an acknowledged message survives a mail or SMS outage; the
 * caller's transaction never waits for the network (decisions 0366 and 0424).
 */
public interface CitizenMessenger {

    /**
     * One message to send; stored in the outbox until sent.
     *
     * @param channel EMAIL or SMS
     * @param subject the e-mail's subject, null for an SMS
     */
    record Message(String channel, String to, String subject, String body) {
    }

    /** A text of the application's message bundles in the citizen's language (Vietnamese when null). */
    String text(String key, String locale, Object... args);

    /** Stores an e-mail to send after commit. */
    void email(String to, String subject, String body);

    /** Stores a text message to send after commit. */
    void sms(String phone, String text);

    /**
     * Tries again now the messages whose sending failed and that are at least
     * {@code onedoor.notification.resubmit-messages-after} old (a job does it every
     * {@code onedoor.notification.resubmit-messages-every}).
     */
    void resubmitFailed();
}
