package org.onedoor.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatusChanged;
import org.onedoor.notification.internal.SentNotifications.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the applicant by e-mail and SMS when their dossier reaches a status they care about.
 * <p>
 * Runs after the transition's transaction committed, on another thread, from the event publication registry
 * (outbox): a slow or failing SMTP server can neither delay nor roll back the transition. If a channel fails the
 * listener throws, the publication stays incomplete and {@link NotificationRetry} resubmits it later.
 * Each channel is claimed in {@code notification.sent} and sent in its own transaction, so a redelivered event
 * sends nothing twice and a retry after a failed SMS does not repeat the e-mail.
 */
@Component
class CitizenNotifications {

    private static final Logger log = LoggerFactory.getLogger(CitizenNotifications.class);

    private final ApplicantMessages messages;
    private final Deliveries deliveries;
    private final SentNotifications sent;
    private final TransactionTemplate perChannel;

    CitizenNotifications(ApplicantMessages messages, Deliveries deliveries, SentNotifications sent,
                         PlatformTransactionManager transactions) {
        this.messages = messages;
        this.deliveries = deliveries;
        this.sent = sent;
        this.perChannel = new TransactionTemplate(transactions);
        this.perChannel.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The events {@link Notice#of} announces, as a listener condition: Spring Modulith evaluates it before it
     * stores a publication, so internal moves between processing steps cost no outbox row for this listener.
     * Kept equal to {@link Notice#of} by {@code CitizenNotificationsConditionTest}.
     */
    static final String CONCERNS = "#event.action() == 'EXTEND' or (#event.dossier().status() != #event.from() and "
            + "{'RECEIVED', 'SUPPLEMENT_REQUESTED', 'REFUSED_AT_INTAKE', 'RESULT_READY', 'RESULT_RETURNED', 'WITHDRAWN', "
            + "'STOPPED'}.contains(#event.dossier().status().name()))";

    /** No surrounding transaction: each channel runs in its own, so the listener never holds two connections. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED, condition = CONCERNS)
    void on(DossierStatusChanged event) {
        Optional<Notice> notice = Notice.of(event);
        if (notice.isEmpty()) {
            return;
        }
        DossierSnapshot dossier = event.dossier();
        ApplicantMessages.Message message = messages.compose(event, notice.get());
        List<RuntimeException> failures = new ArrayList<>();
        attempt(failures, event, notice.get(), Channel.EMAIL, dossier.applicantEmail(),
                () -> deliveries.email(dossier.applicantEmail(), message.subject(), message.body()));
        attempt(failures, event, notice.get(), Channel.SMS, dossier.applicantPhone(),
                () -> deliveries.sms(dossier.applicantPhone(), message.sms()));
        if (!failures.isEmpty()) {
            RuntimeException failure = failures.get(0);
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    private void attempt(List<RuntimeException> failures, DossierStatusChanged event, Notice notice, Channel channel,
                         String recipient, Runnable send) {
        if (recipient == null || recipient.isBlank()) {
            return;
        }
        String code = event.dossier().code();
        try {
            perChannel.executeWithoutResult(status -> {
                if (sent.claim(code, event.sequence(), channel, recipient, notice)) {
                    send.run();
                } else {
                    log.debug("{} for {} #{} already sent, redelivery ignored", channel, code, event.sequence());
                }
            });
        } catch (RuntimeException e) {
            log.warn("{} notification for dossier {} #{} failed, will be retried: {}", channel, code, event.sequence(), e.toString());
            failures.add(e);
        }
    }
}
