package org.onedoor.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The canonical form of an audit row and its chained hash. Fields are length-prefixed so no choice of text can
 * make two different rows serialise the same way; the time is UTC with microseconds (PostgreSQL's precision).
 * Format 1 (rows chained before migration V2) does not contain the chain position; format 2 (every row sealed
 * since) starts with it.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private AuditChain() {
    }

    static final int LEGACY_FORMAT = 1;
    static final int FORMAT = 2;

    /** Hash in the legacy format 1 (without the chain position). */
    static String hash(String prevHash, AuditRow row) {
        return digest(prevHash + "\n" + canonical(row));
    }

    /** Hash of the row at position {@code chainSeq} of the chain, in the given format. */
    static String hash(String prevHash, AuditRow row, long chainSeq, int format) {
        return switch (format) {
            case LEGACY_FORMAT -> hash(prevHash, row);
            case FORMAT -> digest(prevHash + "\n" + canonical(row, chainSeq));
            default -> throw new IllegalArgumentException("unknown audit hash format " + format);
        };
    }

    private static String digest(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    static String canonical(AuditRow row, long chainSeq) {
        StringBuilder out = new StringBuilder();
        field(out, "seq=" + chainSeq);
        return out.append(canonical(row)).toString();
    }

    static String canonical(AuditRow row) {
        StringBuilder out = new StringBuilder();
        field(out, Long.toString(row.id()));
        field(out, MICROS.format(row.at()));
        field(out, row.actor());
        field(out, row.actorAgency());
        field(out, row.action());
        field(out, row.subjectType());
        field(out, row.subjectId());
        field(out, row.detail());
        field(out, row.clientIp());
        return out.toString();
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-|");
        } else {
            out.append(value.length()).append(':').append(value).append('|');
        }
    }

    /** One row as stored (the time already truncated to microseconds). */
    record AuditRow(long id, Instant at, String actor, String actorAgency, String action, String subjectType,
                    String subjectId, String detail, String clientIp) {
    }
}
