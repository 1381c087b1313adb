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
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(java.time.ZoneOffset.UTC);

    private AuditChain() {
    }

    static String hash(String prevHash, AuditRow row) {
        String canonical = prevHash + "\n" + canonical(row);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
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
