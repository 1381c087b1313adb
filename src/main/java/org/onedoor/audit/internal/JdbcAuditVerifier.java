package org.onedoor.audit.internal;

import java.util.List;

import org.onedoor.audit.AuditVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain in id order, in pages, recomputing every hash. The embedded superuser could UPDATE or DELETE
 * rows (privileges cannot be revoked from it), so tamper evidence comes from this check, not from grants.
 */
@Service
class JdbcAuditVerifier implements AuditVerifier {

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;

    JdbcAuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public ChainVerification verify() {
        String expectedPrev = AuditChain.GENESIS;
        long lastId = 0;
        long checked = 0;
        while (true) {
            List<Stored> page = jdbc.sql("""
                    select id, at, actor, actor_agency, action, subject_type, subject_id, detail, client_ip, prev_hash, hash
                    from audit.audit_event where id > :after order by id limit :limit""")
                    .param("after", lastId).param("limit", PAGE)
                    .query((rs, n) -> new Stored(new AuditChain.AuditRow(rs.getLong("id"),
                            rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("actor_agency"),
                            rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                            rs.getString("detail"), rs.getString("client_ip")), rs.getString("prev_hash"), rs.getString("hash")))
                    .list();
            for (Stored stored : page) {
                checked++;
                if (!stored.prevHash().equals(expectedPrev)) {
                    return new ChainVerification(false, checked, stored.row().id(), "link");
                }
                if (!AuditChain.hash(stored.prevHash(), stored.row()).equals(stored.hash())) {
                    return new ChainVerification(false, checked, stored.row().id(), "hash");
                }
                expectedPrev = stored.hash();
                lastId = stored.row().id();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        String headHash = jdbc.sql("select last_hash from audit.chain_head where id = 1").query(String.class).single();
        if (!headHash.equals(expectedPrev)) {
            return new ChainVerification(false, checked, lastId, "head");
        }
        return new ChainVerification(true, checked, null, null);
    }

    private record Stored(AuditChain.AuditRow row, String prevHash, String hash) {
    }
}
