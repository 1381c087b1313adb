package org.onedoor.dossier;

import java.time.Instant;

/**
 * Published in the transaction of every workflow transition (including the first one, on submission, where
 * {@code from} is null). Stored in the event publication registry (outbox) and delivered after commit;
 * listeners must tolerate redelivery (use {@code dossier.code + sequence} as the idempotency key).
 *
 * @param sequence  position of this transition in the dossier's history (1, 2, …)
 * @param from      status before, null on submission
 * @param action    workflow action name, e.g. {@code SUBMIT}, {@code FORWARD}, {@code REQUEST_SUPPLEMENT}
 * @param actor     username, or {@code citizen} / {@code system}
 * @param comment   comment entered with the action, or null
 * @param at        when it happened
 * @param dossier   the dossier after the transition
 */
public record DossierStatusChanged(int sequence, DossierStatus from, String action, String actor, String comment,
                                   Instant at, DossierSnapshot dossier) {
}
