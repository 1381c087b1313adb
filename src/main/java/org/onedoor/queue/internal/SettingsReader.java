package org.onedoor.queue.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads a centre's floor configuration for the settings page and API, with the defaults it inherits. */
@Component
class SettingsReader {

    private final JdbcClient jdbc;
    private final FloorProperties floor;
    private final VisitProperties visit;

    SettingsReader(JdbcClient jdbc, FloorProperties floor, VisitProperties visit) {
        this.jdbc = jdbc;
        this.floor = floor;
        this.visit = visit;
    }

    FloorSettings read(String centre, LocalDate today) {
        return new FloorSettings(centre, centre(centre), lines(centre, null, today), counters(centre, null));
    }

    Optional<FloorSettings.Line> line(String centre, long lineId, LocalDate today) {
        return lines(centre, lineId, today).stream().findFirst();
    }

    Optional<FloorSettings.Counter> counter(String centre, String code) {
        return counters(centre, code).stream().findFirst();
    }

    FloorSettings.Centre centre(String centre) {
        Integer target = jdbc.sql("select target_wait_minutes from queue.centre_setting where centre = :c")
                .param("c", centre).query(Integer.class).optional().orElse(null);
        int[] v = jdbc.sql("""
                        select early_minutes, late_minutes, horizon_days, alert_places
                        from queue.visit_setting where centre = :c""")
                .param("c", centre).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)})
                .optional().orElse(null);
        return new FloorSettings.Centre(target != null ? target : (int) floor.targetWait().toMinutes(), target != null,
                v != null ? v[0] : visit.earlyMinutes(), v != null ? v[1] : visit.lateMinutes(),
                v != null ? v[2] : visit.horizonDays(), v != null ? v[3] : visit.alertPlaces(), v != null);
    }

    private List<FloorSettings.Line> lines(String centre, Long lineId, LocalDate today) {
        Map<Long, List<String>> procedures = new LinkedHashMap<>();
        jdbc.sql("""
                        select line_id, procedure_code from queue.line_procedure
                        where centre = :c and (cast(:line as bigint) is null or line_id = :line)
                        order by procedure_code""")
                .param("c", centre).param("line", lineId)
                .query((rs, n) -> procedures.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return jdbc.sql("""
                        select l.id, l.prefix, l.name_vi, l.name_en, l.name_id, l.priority_every, l.active,
                               a.slot_minutes, a.capacity,
                               (select count(*) from queue.ticket t where t.line_id = l.id and t.day = :day
                                  and t.status in ('WAITING', 'CALLED', 'SERVING', 'PARKED')) as open_today
                          from queue.queue_line l left join queue.appointment_line a on a.line_id = l.id
                         where l.centre = :c and (cast(:line as bigint) is null or l.id = :line)
                         order by l.prefix""")
                .param("c", centre).param("line", lineId).param("day", today)
                .query((rs, n) -> {
                    Integer slot = (Integer) rs.getObject("slot_minutes", Integer.class);
                    long id = rs.getLong("id");
                    return new FloorSettings.Line(id, rs.getString("prefix"), rs.getString("name_vi"),
                            rs.getString("name_en"), rs.getString("name_id"), rs.getInt("priority_every"),
                            rs.getBoolean("active"), List.copyOf(procedures.getOrDefault(id, List.of())),
                            slot != null ? slot : visit.slotMinutes(),
                            slot != null ? rs.getInt("capacity") : visit.capacity(), slot != null,
                            rs.getInt("open_today"));
                })
                .list();
    }

    private List<FloorSettings.Counter> counters(String centre, String code) {
        record Row(long id, String code, String vi, String en, String in, boolean active, int version, Long line,
                   String prefix, Integer over) {
        }
        List<Row> rows = jdbc.sql("""
                        select c.id, c.code, c.name_vi, c.name_en, c.name_id, c.active, c.version, s.line_id, l.prefix,
                               s.longest_wait_over_minutes
                          from queue.counter c
                          left join queue.counter_step s on s.counter_id = c.id
                          left join queue.queue_line l on l.id = s.line_id
                         where c.centre = :c and (cast(:code as text) is null or c.code = :code)
                         order by length(c.code), c.code, s.position""")
                .param("c", centre).param("code", code)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getString("name_id"), rs.getBoolean("active"), rs.getInt("version"),
                        (Long) rs.getObject("line_id", Long.class), rs.getString("prefix"),
                        (Integer) rs.getObject("longest_wait_over_minutes", Integer.class)))
                .list();
        Map<Long, List<Row>> byCounter = new LinkedHashMap<>();
        rows.forEach(r -> byCounter.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byCounter.values().stream().map(rs -> {
            Row first = rs.get(0);
            List<FloorSettings.Step> steps = rs.stream().filter(r -> r.line() != null)
                    .map(r -> new FloorSettings.Step(r.line(), r.prefix(), r.over())).toList();
            return new FloorSettings.Counter(first.code(), first.vi(), first.en(), first.in(), first.active(),
                    first.version(), steps);
        }).toList();
    }
}
