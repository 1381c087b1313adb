package org.onedoor.queue.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onedoor.queue.QueueLine;
import org.onedoor.queue.ServiceCounter;
import org.onedoor.queue.ServiceCounter.ProfileStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A centre's floor configuration in schema {@code queue}: counters and their work profiles, the procedures each line
 * serves and the service-level target. Read on every call, never cached (a saved setting applies to the next call);
 * written by the demo data and by the settings administration ({@link FloorAdministration}, decision 0441).
 */
@Component
class FloorConfiguration {

    /** A configured counter; {@code active = false} counters call nothing. */
    record CounterSetting(ServiceCounter counter, boolean active) {
    }

    private final JdbcClient jdbc;
    private final FloorProperties properties;

    FloorConfiguration(JdbcClient jdbc, FloorProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Active counters of the centre, in natural order of their codes (2 before 10). */
    List<ServiceCounter> activeCounters(String centre) {
        return settings(centre, null).stream().filter(CounterSetting::active).map(CounterSetting::counter).toList();
    }

    Optional<CounterSetting> counter(String centre, String code) {
        return settings(centre, code).stream().findFirst();
    }

    private List<CounterSetting> settings(String centre, String code) {
        record Row(long id, String code, String vi, String en, String in, boolean active, Long line, Integer over) {
        }
        List<Row> rows = jdbc.sql("""
                        select c.id, c.code, c.name_vi, c.name_en, c.name_id, c.active, s.line_id,
                               s.longest_wait_over_minutes
                          from queue.counter c
                          left join queue.counter_step s on s.counter_id = c.id
                         where c.centre = :centre and (cast(:code as text) is null or c.code = :code)
                         order by length(c.code), c.code, s.position""")
                .param("centre", centre).param("code", code)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getString("name_id"), rs.getBoolean("active"),
                        (Long) rs.getObject("line_id", Long.class),
                        (Integer) rs.getObject("longest_wait_over_minutes", Integer.class)))
                .list();
        Map<Long, List<Row>> byCounter = new LinkedHashMap<>();
        rows.forEach(r -> byCounter.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
        return byCounter.values().stream().map(rs -> {
            Row first = rs.get(0);
            List<ProfileStep> steps = rs.stream().filter(r -> r.line() != null)
                    .map(r -> new ProfileStep(r.line(), r.over())).toList();
            return new CounterSetting(new ServiceCounter(centre, first.code(), first.vi(), first.en(), first.in(), steps),
                    first.active());
        }).toList();
    }

    /** The line that serves a procedure at the centre. */
    Optional<Long> lineFor(String centre, String procedureCode) {
        return jdbc.sql("select line_id from queue.line_procedure where centre = :centre and procedure_code = :code")
                .param("centre", centre).param("code", procedureCode).query(Long.class).optional();
    }

    List<String> procedures(String centre, long lineId) {
        return jdbc.sql("""
                        select procedure_code from queue.line_procedure where centre = :centre and line_id = :line
                        order by procedure_code""")
                .param("centre", centre).param("line", lineId).query(String.class).list();
    }

    /** The centre's service-level target for waiting (its own or {@code onedoor.queue.target-wait}). */
    Duration targetWait(String centre) {
        return jdbc.sql("select target_wait_minutes from queue.centre_setting where centre = :centre")
                .param("centre", centre).query(Integer.class).optional()
                .map(m -> Duration.ofMinutes(m)).orElse(properties.targetWait());
    }

    // ---- configuration (demo data, tests, a future administration page) ----

    /** Creates or replaces a counter and its profile. */
    void saveCounter(ServiceCounter counter, boolean active) {
        long id = jdbc.sql("""
                        insert into queue.counter (centre, code, name_vi, name_en, name_id, active)
                        values (:centre, :code, :vi, :en, :id, :active)
                        on conflict (centre, code) do update set name_vi = excluded.name_vi,
                            name_en = excluded.name_en, name_id = excluded.name_id, active = excluded.active
                        returning id""")
                .param("centre", counter.centre()).param("code", counter.code()).param("vi", counter.nameVi())
                .param("en", counter.nameEn()).param("id", counter.nameId()).param("active", active)
                .query(Long.class).single();
        jdbc.sql("delete from queue.counter_step where counter_id = :id").param("id", id).update();
        int position = 1;
        for (ProfileStep step : counter.profile()) {
            jdbc.sql("""
                            insert into queue.counter_step (counter_id, position, line_id, longest_wait_over_minutes)
                            values (:id, :position, :line, :over)""")
                    .param("id", id).param("position", position++).param("line", step.lineId())
                    .param("over", step.longestWaitOverMinutes()).update();
        }
    }

    /** Links a procedure to a line of its centre (idempotent). */
    void linkProcedure(QueueLine line, String procedureCode) {
        jdbc.sql("""
                        insert into queue.line_procedure (line_id, centre, procedure_code) values (:line, :centre, :code)
                        on conflict do nothing""")
                .param("line", line.id()).param("centre", line.centre()).param("code", procedureCode).update();
    }

    void saveTargetWait(String centre, Duration target) {
        jdbc.sql("""
                        insert into queue.centre_setting (centre, target_wait_minutes) values (:centre, :minutes)
                        on conflict (centre) do update set target_wait_minutes = excluded.target_wait_minutes""")
                .param("centre", centre).param("minutes", (int) target.toMinutes()).update();
    }
}
