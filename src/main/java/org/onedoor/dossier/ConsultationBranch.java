package org.onedoor.dossier;

import java.time.Instant;

/**
 * One consulted agency's branch of a parallel consultation ("liên thông").
 *
 * @param agencyCode  consulted agency
 * @param requestedAt when the question was sent
 * @param dueAt       this agency's own deadline
 * @param repliedAt   when it replied, or null
 * @param reply       its answer, or null
 */
public record ConsultationBranch(String agencyCode, Instant requestedAt, Instant dueAt, Instant repliedAt, String reply) {
}
