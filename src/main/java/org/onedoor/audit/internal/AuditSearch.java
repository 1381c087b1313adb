package org.onedoor.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Search of the audit trail for the administration page (newest first, bounded). */
@Service
public class AuditSearch {

    public static final int LIMIT = 200;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Blank criteria are ignored; dates are whole days in Vietnam time, both inclusive. */
    public List<Event> search(Criteria criteria) {
        StringBuilder sql = new StringBuilder("""
                select id, at, actor, actor_agency, action, subject_type, subject_id, detail, client_ip
                from audit.audit_event where true""");
        List<Object> params = new ArrayList<>();
        if (present(criteria.actor())) {
            sql.append(" and actor = ?");
            params.add(criteria.actor().trim());
        }
        if (present(criteria.action())) {
            sql.append(" and action like ?");
            params.add(criteria.action().trim() + "%");
        }
        if (present(criteria.subject())) {
            sql.append(" and (subject_id = ? or subject_type = ?)");
            params.add(criteria.subject().trim());
            params.add(criteria.subject().trim());
        }
        if (criteria.from() != null) {
            sql.append(" and at >= ?");
            params.add(java.sql.Timestamp.from(criteria.from().atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        if (criteria.to() != null) {
            sql.append(" and at < ?");
            params.add(java.sql.Timestamp.from(criteria.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        }
        sql.append(" order by id desc limit ").append(LIMIT);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Event(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                        rs.getString("actor_agency"), rs.getString("action"), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getString("detail"), rs.getString("client_ip")))
                .list();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public record Criteria(String actor, String action, String subject, LocalDate from, LocalDate to) {
    }

    public record Event(long id, Instant at, String actor, String actorAgency, String action, String subjectType,
                        String subjectId, String detail, String clientIp) {

        public java.time.ZonedDateTime localAt() {
            return at.atZone(VietnamTime.ZONE);
        }
    }
}
