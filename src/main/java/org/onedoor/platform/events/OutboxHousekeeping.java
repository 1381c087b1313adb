package org.onedoor.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event publication registry is OneDoor's outbox: a publication is written with the transaction that caused
 * it and marked completed once every listener has handled it. Completed publications are kept for a while (to
 * see what was delivered when) and then deleted, so the table stays small however many dossiers pass through.
 * Incomplete ones are never deleted: they are retried (see the notification module's retry).
 */
@Component
class OutboxHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(OutboxHousekeeping.class);

    private final CompletedEventPublications completed;
    private final Duration keep;

    OutboxHousekeeping(CompletedEventPublications completed,
                       @Value("${onedoor.outbox.keep-completed:7d}") Duration keep) {
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(initialDelayString = "${onedoor.outbox.purge-every:1h}", fixedDelayString = "${onedoor.outbox.purge-every:1h}")
    void purgeCompleted() {
        completed.deletePublicationsOlderThan(keep);
        log.debug("Deleted completed event publications older than {}", keep);
    }
}
