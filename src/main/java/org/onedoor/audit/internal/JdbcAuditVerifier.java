package org.onedoor.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.onedoor.audit.AuditVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the sealed rows in chain order ({@code chain_seq}), in pages, recomputing every hash; then compares the
 * end of the walk with the chain head. One REPEATABLE READ snapshot, so a sealer committing meanwhile (rows and head
 * move together) is either wholly seen or not at all. The embedded superuser could UPDATE or DELETE rows (privileges
 * cannot be revoked from it), so tamper evidence comes from this check, not from grants. Rows not sealed yet are
 * only counted: they are not tamper-evident until the sealer has chained them.
 */
@Service
class JdbcAuditVerifier implements AuditVerifier {

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReadLogVerifier readLog;

    JdbcAuditVerifier(JdbcClient jdbc, ReadLogVerifier readLog) {
        this.jdbc = jdbc;
        this.readLog = readLog;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ReadLogVerification verifyReadLog() {
        return readLog.verify();
    }

    @Override
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        String expectedPrev = AuditChain.GENESIS;
        long expectedSeq = 1;
        long lastId = 0;
        long checked = 0;
        while (true) {
            List<Stored> page = jdbc.sql("""
                    select id, at, actor, actor_agency, action, subject_type, subject_id, detail, client_ip,
                           chain_seq, hash_format, prev_hash, hash
                    from audit.audit_event where chain_seq >= :from order by chain_seq limit :limit""")
                    .param("from", expectedSeq).param("limit", PAGE)
                    .query((rs, n) -> new Stored(row(rs), rs.getLong("chain_seq"), rs.getInt("hash_format"),
                            rs.getString("prev_hash"), rs.getString("hash")))
                    .list();
            for (Stored stored : page) {
                checked++;
                // a gap in chain_seq or a wrong prev_hash: rows deleted or inserted before this one
                if (stored.seq() != expectedSeq || !expectedPrev.equals(stored.prevHash())) {
                    return broken(checked, stored.row().id(), "link");
                }
                if (!hashHolds(stored)) {
                    return broken(checked, stored.row().id(), "hash");
                }
                expectedPrev = stored.hash();
                expectedSeq++;
                lastId = stored.row().id();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        var head = jdbc.sql("select last_seq, last_hash from audit.chain_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong("last_seq"), rs.getString("last_hash")}).single();
        if ((long) head[0] != expectedSeq - 1 || !expectedPrev.equals(head[1])) {
            return broken(checked, lastId, "head");
        }
        return new ChainVerification(true, checked, null, null, unsealed());
    }

    @Override
    @Transactional(readOnly = true)
    public Unsealed unsealed() {
        return jdbc.sql("select count(*) as n, min(at) as oldest from audit.audit_event where hash is null")
                .query((rs, n) -> {
                    long rows = rs.getLong("n");
                    Timestamp oldest = rs.getTimestamp("oldest");
                    if (rows == 0 || oldest == null) {
                        return Unsealed.NONE;
                    }
                    Instant at = oldest.toInstant();
                    Duration age = Duration.between(at, clock.instant());
                    return new Unsealed(rows, at, age.isNegative() ? Duration.ZERO : age);
                })
                .single();
    }

    private ChainVerification broken(long checked, long id, String reason) {
        return new ChainVerification(false, checked, id, reason, unsealed());
    }

    private static boolean hashHolds(Stored stored) {
        if (stored.format() != AuditChain.LEGACY_FORMAT && stored.format() != AuditChain.FORMAT) {
            return false;
        }
        return AuditChain.hash(stored.prevHash(), stored.row(), stored.seq(), stored.format()).equals(stored.hash());
    }

    static AuditChain.AuditRow row(ResultSet rs) throws SQLException {
        return new AuditChain.AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("actor_agency"), rs.getString("action"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("detail"), rs.getString("client_ip"));
    }

    private record Stored(AuditChain.AuditRow row, long seq, int format, String prevHash, String hash) {
    }
}
