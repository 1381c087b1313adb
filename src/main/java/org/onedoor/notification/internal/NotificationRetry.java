package org.onedoor.notification.internal;

import org.onedoor.dossier.DossierStatusChanged;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries notifications that failed (SMTP or SMS gateway down). Spring Modulith keeps a failed listener's event
 * publication incomplete in the registry but does not retry it by itself while the application runs; this job
 * resubmits the notification module's incomplete publications once they are older than
 * {@code onedoor.notification.resubmit-after}, every {@code onedoor.notification.resubmit-every}.
 * (At start-up all incomplete publications are republished anyway: {@code republish-outstanding-events-on-restart}.)
 */
@Component
class NotificationRetry {

    private final IncompleteEventPublications incomplete;
    private final NotificationProperties properties;

    NotificationRetry(IncompleteEventPublications incomplete, NotificationProperties properties) {
        this.incomplete = incomplete;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${onedoor.notification.resubmit-every:1m}",
            initialDelayString = "${onedoor.notification.resubmit-every:1m}")
    void resubmitFailedNotifications() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults()
                .withMinAge(properties.resubmitAfter())
                .withFilter(NotificationRetry::isNotification));
    }

    /**
     * The public API does not tell which listener a publication targets, so this selects by event type: a failed
     * delivery of {@link DossierStatusChanged} to another module's listener is retried too, which the module
     * rules allow (every listener is idempotent).
     */
    static boolean isNotification(EventPublication publication) {
        return publication.getEvent() instanceof DossierStatusChanged;
    }
}
