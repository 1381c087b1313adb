package org.onedoor.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Search of the audit trail for the administration page (newest first, bounded, paged). Searches both sources:
 * the main trail ({@code audit.audit_event}) and the public read log ({@code audit.read_log}, decision 0260), and
 * merges them by time.
 */
@Service
public class AuditSearch {

    public static final int LIMIT = 200;
    /** How far one can page back (pages × {@link #LIMIT} newest records of each source are merged). */
    public static final int MAX_PAGE = 50;

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest {@link #LIMIT} records matching; blank criteria are ignored. */
    public List<Event> search(Criteria criteria) {
        return search(criteria, 0);
    }

    /**
     * Page {@code page} (0 = newest) of the matching records of both sources, {@link #LIMIT} per page. Dates are
     * whole days in Vietnam time, both inclusive.
     */
    public List<Event> search(Criteria criteria, int page) {
        int p = Math.max(0, Math.min(page, MAX_PAGE));
        int wanted = (p + 1) * LIMIT;
        List<Event> events = new ArrayList<>(trail(criteria, wanted));
        events.addAll(readLog(criteria, wanted));
        events.sort(Comparator.comparing(Event::at).reversed());
        int from = Math.min(p * LIMIT, events.size());
        return List.copyOf(events.subList(from, Math.min(from + LIMIT, events.size())));
    }

    private List<Event> trail(Criteria criteria, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, at, actor, actor_agency, action, subject_type, subject_id, detail, client_ip
                from audit.audit_event where true""");
        List<Object> params = new ArrayList<>();
        where(criteria, sql, params);
        sql.append(" order by id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Event(rs.getLong("id"), Long.toString(rs.getLong("id")),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("actor_agency"),
                        rs.getString("action"), rs.getString("subject_type"), rs.getString("subject_id"),
                        rs.getString("detail"), rs.getString("client_ip")))
                .list();
    }

    /** Public reads; newest first by block and position (a monotonic index), which is write order. */
    private List<Event> readLog(Criteria criteria, int limit) {
        if (present(criteria.actor()) && !JdbcAuditTrail.ANONYMOUS.equals(criteria.actor().trim())) {
            return List.of();     // only the anonymous public's reads are logged there
        }
        StringBuilder sql = new StringBuilder("""
                select block_seq, pos, at, actor, action, subject_type, subject_id, detail, client_ip
                from audit.read_log where true""");
        List<Object> params = new ArrayList<>();
        where(new Criteria(null, criteria.action(), criteria.subject(), criteria.from(), criteria.to()), sql, params);
        sql.append(" order by block_seq desc, pos desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Event(0, "R" + rs.getLong("block_seq") + "." + rs.getInt("pos"),
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"), null, rs.getString("action"),
                        rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"),
                        rs.getString("client_ip")))
                .list();
    }

    private static void where(Criteria criteria, StringBuilder sql, List<Object> params) {
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
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public record Criteria(String actor, String action, String subject, LocalDate from, LocalDate to) {
    }

    /**
     * @param id  the main trail's row id; 0 for a public read
     * @param ref what the page shows: the row id, or {@code R<block>.<position>} for a public read
     */
    public record Event(long id, String ref, Instant at, String actor, String actorAgency, String action,
                        String subjectType, String subjectId, String detail, String clientIp) {

        public java.time.ZonedDateTime localAt() {
            return at.atZone(VietnamTime.ZONE);
        }
    }
}
