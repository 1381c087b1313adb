package org.onedoor.queue.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A line's slot settings and a centre's visit settings: the table's row, or the defaults of {@link VisitProperties}. */
@Component
@EnableConfigurationProperties(VisitProperties.class)
class VisitSettings {

    record LineSlots(int slotMinutes, int capacity) {
    }

    record Centre(int earlyMinutes, int lateMinutes, int horizonDays, int alertPlaces) {
    }

    private final JdbcClient jdbc;
    private final VisitProperties defaults;

    VisitSettings(JdbcClient jdbc, VisitProperties defaults) {
        this.jdbc = jdbc;
        this.defaults = defaults;
    }

    LineSlots line(long lineId) {
        return jdbc.sql("select slot_minutes, capacity from queue.appointment_line where line_id = :line")
                .param("line", lineId)
                .query((rs, n) -> new LineSlots(rs.getInt(1), rs.getInt(2))).optional()
                .orElse(new LineSlots(defaults.slotMinutes(), defaults.capacity()));
    }

    Centre centre(String centre) {
        return jdbc.sql("""
                        select early_minutes, late_minutes, horizon_days, alert_places
                        from queue.visit_setting where centre = :centre""")
                .param("centre", centre)
                .query((rs, n) -> new Centre(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).optional()
                .orElse(new Centre(defaults.earlyMinutes(), defaults.lateMinutes(), defaults.horizonDays(),
                        defaults.alertPlaces()));
    }

    /** Sets a line's slots (administration and tests). */
    void setLine(long lineId, int slotMinutes, int capacity) {
        jdbc.sql("""
                        insert into queue.appointment_line (line_id, slot_minutes, capacity) values (:line, :slot, :cap)
                        on conflict (line_id) do update set slot_minutes = excluded.slot_minutes, capacity = excluded.capacity""")
                .param("line", lineId).param("slot", slotMinutes).param("cap", capacity).update();
    }

    /** Sets a centre's visit settings (administration and tests). */
    void setCentre(String centre, Centre s) {
        jdbc.sql("""
                        insert into queue.visit_setting (centre, early_minutes, late_minutes, horizon_days, alert_places)
                        values (:centre, :early, :late, :horizon, :alert)
                        on conflict (centre) do update set early_minutes = excluded.early_minutes,
                            late_minutes = excluded.late_minutes, horizon_days = excluded.horizon_days,
                            alert_places = excluded.alert_places""")
                .param("centre", centre).param("early", s.earlyMinutes()).param("late", s.lateMinutes())
                .param("horizon", s.horizonDays()).param("alert", s.alertPlaces()).update();
    }
}
