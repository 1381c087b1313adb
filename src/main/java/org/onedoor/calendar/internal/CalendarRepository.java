package org.onedoor.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.onedoor.calendar.CalendarDay;
import org.onedoor.calendar.WorkingHours;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar tables in schema {@code calendar}: working hours, holidays and make-up days, year notes. */
@Repository
public class CalendarRepository {

    private static final String DAY_COLUMNS = "day, kind, name_vi, name_en, source";

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public WorkingHours hours() {
        return jdbc.sql("""
                        select morning_start, morning_end, afternoon_start, afternoon_end, cutoff
                          from calendar.working_hours where id = 1""")
                .query((rs, n) -> new WorkingHours(time(rs, "morning_start"), time(rs, "morning_end"),
                        time(rs, "afternoon_start"), time(rs, "afternoon_end"), time(rs, "cutoff")))
                .optional()
                .orElseGet(WorkingHours::standard);
    }

    public void saveHours(WorkingHours h) {
        jdbc.sql("""
                        insert into calendar.working_hours (id, morning_start, morning_end, afternoon_start, afternoon_end, cutoff)
                        values (1, :ms, :me, :as, :ae, :cutoff)
                        on conflict (id) do update set morning_start = excluded.morning_start, morning_end = excluded.morning_end,
                            afternoon_start = excluded.afternoon_start, afternoon_end = excluded.afternoon_end,
                            cutoff = excluded.cutoff, updated_at = now()""")
                .param("ms", h.morningStart()).param("me", h.morningEnd())
                .param("as", h.afternoonStart()).param("ae", h.afternoonEnd())
                .param("cutoff", h.cutoff())
                .update();
    }

    public List<CalendarDay> allDays() {
        return jdbc.sql("select " + DAY_COLUMNS + " from calendar.calendar_day order by day").query(this::day).list();
    }

    public List<CalendarDay> daysOf(int year) {
        return jdbc.sql("select " + DAY_COLUMNS + " from calendar.calendar_day where day >= :from and day < :to order by day")
                .param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year + 1, 1, 1))
                .query(this::day).list();
    }

    public Optional<CalendarDay> find(LocalDate date) {
        return jdbc.sql("select " + DAY_COLUMNS + " from calendar.calendar_day where day = :day")
                .param("day", date).query(this::day).optional();
    }

    public void insert(CalendarDay d) {
        jdbc.sql("insert into calendar.calendar_day (day, kind, name_vi, name_en, source) values (:day, :kind, :vi, :en, :source)")
                .param("day", d.date()).param("kind", d.kind().name()).param("vi", d.nameVi()).param("en", d.nameEn())
                .param("source", d.source())
                .update();
    }

    /** Replaces the row of {@code original} (the date itself may change). */
    public boolean update(LocalDate original, CalendarDay d) {
        return jdbc.sql("""
                        update calendar.calendar_day set day = :day, kind = :kind, name_vi = :vi, name_en = :en, source = :source,
                               updated_at = now()
                         where day = :original""")
                .param("day", d.date()).param("kind", d.kind().name()).param("vi", d.nameVi()).param("en", d.nameEn())
                .param("source", d.source()).param("original", original)
                .update() == 1;
    }

    public boolean delete(LocalDate date) {
        return jdbc.sql("delete from calendar.calendar_day where day = :day").param("day", date).update() == 1;
    }

    public Optional<YearNote> yearNote(int year) {
        return jdbc.sql("select year, verified, note_vi, note_en from calendar.calendar_year where year = :year")
                .param("year", year)
                .query((rs, n) -> new YearNote(rs.getInt("year"), rs.getBoolean("verified"), rs.getString("note_vi"), rs.getString("note_en")))
                .optional();
    }

    /** Where a year's data comes from. */
    public record YearNote(int year, boolean verified, String noteVi, String noteEn) {
    }

    private CalendarDay day(ResultSet rs, int row) throws SQLException {
        return new CalendarDay(rs.getObject("day", LocalDate.class), CalendarDay.Kind.valueOf(rs.getString("kind")),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getString("source"));
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalTime.class);
    }
}
