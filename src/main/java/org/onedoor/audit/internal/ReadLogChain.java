package org.onedoor.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The read log's block seal (decision 0260): one SHA-256 per block over the previous block's hash, the block's
 * position and row count, and every row in position order. Editing a row, deleting or inserting one, or reordering
 * rows (their {@code pos}) changes the block's hash; deleting or inserting a block breaks the link to the next one.
 * Fields are length-prefixed, as in {@link AuditChain}, so no text can shift a field boundary.
 */
final class ReadLogChain {

    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private ReadLogChain() {
    }

    /** One read as stored ({@code at} already truncated to microseconds). */
    record ReadRow(Instant at, String actor, String action, String subjectType, String subjectId, String detail,
                   String clientIp) {
    }

    /** Computes a block's hash incrementally, row by row (the verifier streams rows without holding a block). */
    static final class BlockHasher {

        private final MessageDigest digest;
        private final StringBuilder buffer = new StringBuilder(256);
        private int rows;

        BlockHasher(String prevHash, long blockSeq, int rowCount) {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
            }
            buffer.append(prevHash).append('\n');
            field(buffer, "block=" + blockSeq);
            field(buffer, "rows=" + rowCount);
            buffer.append('\n');
            flushBuffer();
        }

        BlockHasher add(ReadRow row) {
            canonical(buffer, rows, row);
            buffer.append('\n');
            flushBuffer();
            rows++;
            return this;
        }

        int rows() {
            return rows;
        }

        String hash() {
            return HexFormat.of().formatHex(digest.digest());
        }

        private void flushBuffer() {
            digest.update(buffer.toString().getBytes(StandardCharsets.UTF_8));
            buffer.setLength(0);
        }
    }

    static String blockHash(String prevHash, long blockSeq, List<ReadRow> rows) {
        BlockHasher hasher = new BlockHasher(prevHash, blockSeq, rows.size());
        rows.forEach(hasher::add);
        return hasher.hash();
    }

    static String canonical(int pos, ReadRow row) {
        StringBuilder out = new StringBuilder();
        canonical(out, pos, row);
        return out.toString();
    }

    private static void canonical(StringBuilder out, int pos, ReadRow row) {
        field(out, Integer.toString(pos));
        field(out, MICROS.format(row.at()));
        field(out, row.actor());
        field(out, row.action());
        field(out, row.subjectType());
        field(out, row.subjectId());
        field(out, row.detail());
        field(out, row.clientIp());
    }

    private static void field(StringBuilder out, String value) {
        if (value == null) {
            out.append("-|");
        } else {
            out.append(value.length()).append(':').append(value).append('|');
        }
    }
}
