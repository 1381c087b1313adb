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
 * Appends to the trail. Joins the caller's transaction (REQUIRED), so a change and its audit row commit or roll
 * back together. It only inserts the row, unsealed (no hash): no lock, no read of the chain head, so audited
 * transactions do not serialise on each other. {@link JdbcAuditSealer} chains the committed rows shortly after.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

    static final int MAX_TEXT = 2000;
    static final String ANONYMOUS = "anonymous";

    private final JdbcClient jdbc;
    private final DeferredReads deferred;
    private final ReadLogWriter readLog;

    JdbcAuditTrail(JdbcClient jdbc, DeferredReads deferred, ReadLogWriter readLog) {
        this.jdbc = jdbc;
        this.deferred = deferred;
        this.readLog = readLog;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(String action, String subjectType, String subjectId, String detail) {
        String[] who = actor();
        recordAs(who[0], who[1], action, subjectType, subjectId, detail);
    }

    @Override
    public void recordRead(String action, String subjectType, String subjectId, String detail) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action");
        }
        String[] who = actor();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (ANONYMOUS.equals(who[0])) {
            // a read by the public (tracking look-up, public verification, result download): the block-sealed
            // read log (decision 0260); the request only queues it
            readLog.add(new ReadLogChain.ReadRow(at, ANONYMOUS, clip(action), clip(subjectType), clip(subjectId),
                    clip(detail), clientIp()));
        } else {
            // an officer's or a signed-in citizen's read, or a job's: the main trail, in a batch (decision 0007)
            deferred.add(new DeferredReads.Read(at, clip(who[0]), clip(who[1]), clip(action), clip(subjectType),
                    clip(subjectId), clip(detail), clientIp()));
        }
    }

    /** The actor and their agency from the security context: "anonymous" for the public, "system" for jobs. */
    private static String[] actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor;
        String agency = null;
        if (auth == null) {
            actor = RequestContextHolder.getRequestAttributes() == null ? "system" : ANONYMOUS;
        } else if (auth instanceof AnonymousAuthenticationToken) {
            actor = ANONYMOUS;
        } else {
            actor = auth.getName();
            if (auth.getPrincipal() instanceof AuditActor officer) {
                agency = officer.agencyCode();
            }
        }
        return new String[] {actor, agency};
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String actor, String actorAgency, String action, String subjectType, String subjectId, String detail) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an audit event needs an action");
        }
        jdbc.sql("""
                insert into audit.audit_event (id, at, actor, actor_agency, action, subject_type, subject_id, detail,
                                               client_ip)
                values (nextval('audit.audit_event_id_seq'), :at, :actor, :agency, :action, :subjectType, :subjectId,
                        :detail, :ip)""")
                .param("at", java.sql.Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .param("actor", clip(actor == null ? "system" : actor)).param("agency", clip(actorAgency))
                .param("action", clip(action)).param("subjectType", clip(subjectType))
                .param("subjectId", clip(subjectId)).param("detail", clip(detail)).param("ip", clientIp())
                .update();
    }

    static String clip(String value) {
        return value == null || value.length() <= MAX_TEXT ? value : value.substring(0, MAX_TEXT);
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
