package org.onedoor.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.onedoor.audit.AuditActor;
import org.onedoor.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Appends to the hash chain. Joins the caller's transaction (REQUIRED), so a change and its audit row commit or
 * roll back together; the chain head row stays locked until that commit, which serialises appends.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, String subjectId, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor;
        String agency = null;
        if (auth == null) {
            actor = RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous";
        } else if (auth instanceof AnonymousAuthenticationToken) {
            actor = "anonymous";
        } else {
            actor = auth.getName();
            if (auth.getPrincipal() instanceof AuditActor officer) {
                agency = officer.agencyCode();
            }
        }
        recordAs(actor, agency, action, subjectType, subjectId, detail);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String actorAgency, String action, String subjectType, String subjectId, String detail) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action");
        }
        String prevHash = jdbc.sql("select last_hash from audit.chain_head where id = 1 for update")
                .query(String.class).single();
        long id = jdbc.sql("select nextval('audit.audit_event_id_seq')").query(Long.class).single();
        var row = new AuditChain.AuditRow(id, Instant.now().truncatedTo(ChronoUnit.MICROS),
                clip(actor == null ? "system" : actor), clip(actorAgency), clip(action), clip(subjectType),
                clip(subjectId), clip(detail), clientIp());
        String hash = AuditChain.hash(prevHash, row);
        jdbc.sql("""
                insert into audit.audit_event (id, at, actor, actor_agency, action, subject_type, subject_id, detail,
                                               client_ip, prev_hash, hash)
                values (:id, :at, :actor, :agency, :action, :subjectType, :subjectId, :detail, :ip, :prev, :hash)""")
                .param("id", id).param("at", java.sql.Timestamp.from(row.at())).param("actor", row.actor())
                .param("agency", row.actorAgency()).param("action", row.action())
                .param("subjectType", row.subjectType()).param("subjectId", row.subjectId())
                .param("detail", row.detail()).param("ip", row.clientIp()).param("prev", prevHash).param("hash", hash)
                .update();
        jdbc.sql("update audit.chain_head set last_id = :id, last_hash = :hash where id = 1")
                .param("id", id).param("hash", hash).update();
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
