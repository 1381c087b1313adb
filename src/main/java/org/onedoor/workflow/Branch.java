package org.onedoor.workflow;

import java.time.Instant;

/**
 * One consulted agency's branch, as the engine needs it to decide the join.
 *
 * @param agencyCode consulted agency
 * @param dueAt      its own deadline
 * @param repliedAt  when it replied, or null
 */
public record Branch(String agencyCode, Instant dueAt, Instant repliedAt) {

    /** Replied, or its deadline passed (an overdue agency no longer holds the dossier back). */
    public boolean settled(Instant now) {
        return repliedAt != null || !dueAt.isAfter(now);
    }
}
