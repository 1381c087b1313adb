package org.onedoor.border.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.BorderStatistics;
import org.onedoor.border.CrossingStatistics;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persons crossing a gate (decision 0525): counts by the database, processing time first scan → decision. */
@Service
class StatisticsService implements BorderStatistics {

    private static final String RANGE = " from border.crossing where gate = :gate and decided_at >= :from and decided_at < :to";

    private final JdbcClient jdbc;
    private final Officers officers;
    private final AuditTrail audit;
    private final BorderProperties properties;

    StatisticsService(JdbcClient jdbc, Officers officers, AuditTrail audit, BorderProperties properties) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    @Transactional
    public CrossingStatistics persons(String gate, LocalDate from, LocalDate to) {
        Officer officer = officers.current().orElseThrow(() -> forbidden(gate));
        if (!officer.has(Role.ADMIN) && !(officer.has(Role.BORDER_SUPERVISOR) && gate.equals(officer.agencyCode()))) {
            throw forbidden(gate);
        }
        Map<String, Object> p = Map.of("gate", gate,
                "from", Timestamp.from(from.atStartOfDay(VietnamTime.ZONE).toInstant()),
                "to", Timestamp.from(to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
        long target = properties.passengerTarget().toSeconds();
        Object[] t = jdbc.sql("select count(*), count(*) filter (where decided_at - first_scan_at <= make_interval(secs => :target)),"
                        + " coalesce(percentile_cont(0.5) within group (order by extract(epoch from decided_at - first_scan_at)), 0),"
                        + " coalesce(percentile_cont(0.9) within group (order by extract(epoch from decided_at - first_scan_at)), 0)"
                        + RANGE).params(p).param("target", target)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)}).single();
        String local = "(decided_at at time zone 'Asia/Ho_Chi_Minh')";
        CrossingStatistics s = new CrossingStatistics(gate, from, to, (long) t[0], group("direction", p),
                group("nationality", p), group("document_type", p), group("decision", p),
                periods("to_char(" + local + ", 'YYYY-MM-DD')", p), periods("to_char(" + local + ", 'YYYY-MM')", p),
                periods("to_char(" + local + ", 'YYYY')", p), target, (long) t[1], (double) t[2], (double) t[3]);
        audit.record("border.statistics.read", "crossing-register", gate, from + ".." + to);
        return s;
    }

    private Map<String, Long> group(String column, Map<String, Object> p) {
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql("select " + column + ", count(*)" + RANGE + " group by 1 order by 2 desc, 1").params(p)
                .query((rs, n) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    private List<CrossingStatistics.Period> periods(String key, Map<String, Object> p) {
        return jdbc.sql("select " + key + ", count(*) filter (where direction = 'ENTRY'), count(*) filter (where direction = 'EXIT')"
                        + RANGE + " group by 1 order by 1").params(p)
                .query((rs, n) -> new CrossingStatistics.Period(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    private static DomainException forbidden(String gate) {
        return new DomainException(DomainException.Kind.FORBIDDEN, "border.error.notAtGate", gate);
    }
}
