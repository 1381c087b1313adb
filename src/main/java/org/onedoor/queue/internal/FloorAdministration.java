package org.onedoor.queue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onedoor.audit.AuditTrail;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.internal.FloorSettings.CentreChange;
import org.onedoor.queue.internal.FloorSettings.CounterChange;
import org.onedoor.queue.internal.FloorSettings.LineChange;
import org.onedoor.queue.internal.FloorSettings.ProfileChange;
import org.onedoor.queue.internal.FloorSettings.StepChange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The centre manager's administration of the floor (issue 4): lines with their procedures and slots, counters with
 * their work profiles, the centre's settings. Every save is one transaction that first takes the centre's settings
 * lock (saves of one centre run one after the other, so the conflict checks cannot race), checks every rule before
 * writing anything (a broken rule is a {@link DomainException} with field violations), and writes an audit row with
 * the state before and after. Nothing of the floor's configuration is cached: the next call reads the new settings.
 */
@Service
public class FloorAdministration {

    private final JdbcClient jdbc;
    private final SettingsReader reader;
    private final ProcedureCatalog catalog;
    private final AuditTrail audit;
    private final Clock clock;

    FloorAdministration(JdbcClient jdbc, SettingsReader reader, ProcedureCatalog catalog, AuditTrail audit,
                        Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.reader = reader;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Transactional(readOnly = true)
    public FloorSettings settings(String centre) {
        return reader.read(centre, today());
    }

    // ---- lines ----

    /** Adds a line; returns its id. */
    @Transactional
    public long createLine(String centre, LineChange raw) {
        LineChange c = normalise(raw);
        lock(centre);
        List<FieldViolation> errors = new ArrayList<>(SettingsRules.line(c, true));
        if (c.prefix() != null && jdbc.sql("select exists (select 1 from queue.queue_line where centre = :c and prefix = :p)")
                .param("c", centre).param("p", c.prefix()).query(Boolean.class).single()) {
            errors.add(new FieldViolation("prefix", "queue.admin.error.prefixTaken", c.prefix()));
        }
        checkProcedures(centre, null, c.procedures(), errors);
        fail(errors);
        long id = jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:c, :p, :vi, :en, :id, :every) returning id""")
                .param("c", centre).param("p", c.prefix()).param("vi", c.nameVi()).param("en", c.nameEn())
                .param("id", c.nameId()).param("every", c.priorityEvery()).query(Long.class).single();
        writeProceduresAndSlots(centre, id, c);
        audit.record("queue.settings.line.create", "queue-line", centre + "/" + c.prefix(),
                "after " + describe(reader.line(centre, id, today()).orElseThrow()));
        return id;
    }

    /** Renames a line, sets its priority ratio, its procedures (replacing them) and its slots. */
    @Transactional
    public void updateLine(String centre, long lineId, LineChange raw) {
        LineChange c = normalise(raw);
        lock(centre);
        FloorSettings.Line before = line(centre, lineId);
        List<FieldViolation> errors = new ArrayList<>(SettingsRules.line(c, false));
        checkProcedures(centre, lineId, c.procedures(), errors);
        fail(errors);
        jdbc.sql("""
                        update queue.queue_line set name_vi = :vi, name_en = :en, name_id = :id, priority_every = :every
                        where id = :line""")
                .param("vi", c.nameVi()).param("en", c.nameEn()).param("id", c.nameId())
                .param("every", c.priorityEvery()).param("line", lineId).update();
        writeProceduresAndSlots(centre, lineId, c);
        audit.record("queue.settings.line.update", "queue-line", centre + "/" + before.prefix(),
                "before " + describe(before) + " after " + describe(line(centre, lineId)));
    }

    /**
     * Takes a line off the floor or back (decision 0440). Refused while tickets of the line are open today or
     * appointments are booked on it from now on: they would be stranded.
     */
    @Transactional
    public void setLineActive(String centre, long lineId, boolean active) {
        lock(centre);
        FloorSettings.Line before = line(centre, lineId);
        if (!active && before.active()) {
            if (before.openToday() > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "queue.admin.error.lineBusy",
                        before.prefix(), before.openToday());
            }
            int booked = jdbc.sql("""
                            select count(*) from queue.appointment
                            where line_id = :line and status = 'BOOKED' and start >= :now""")
                    .param("line", lineId).param("now", LocalDateTime.now(clock.withZone(VietnamTime.ZONE)))
                    .query(Integer.class).single();
            if (booked > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "queue.admin.error.lineBooked",
                        before.prefix(), booked);
            }
        }
        jdbc.sql("update queue.queue_line set active = :a where id = :line").param("a", active).param("line", lineId)
                .update();
        audit.record(active ? "queue.settings.line.activate" : "queue.settings.line.deactivate", "queue-line",
                centre + "/" + before.prefix(), "active " + before.active() + " -> " + active);
    }

    // ---- counters ----

    @Transactional
    public void createCounter(String centre, CounterChange raw, ProfileChange profile) {
        CounterChange c = normalise(raw);
        lock(centre);
        List<FieldViolation> errors = new ArrayList<>(SettingsRules.counter(c, true));
        if (c.code() != null && counterRow(centre, c.code()).isPresent()) {
            errors.add(new FieldViolation("code", "queue.admin.error.counterTaken", c.code()));
        }
        if (profile != null) {
            errors.addAll(SettingsRules.profile(profile, activeLines(centre)));
        }
        fail(errors);
        long id = jdbc.sql("""
                        insert into queue.counter (centre, code, name_vi, name_en, name_id, active)
                        values (:c, :code, :vi, :en, :id, :active) returning id""")
                .param("c", centre).param("code", c.code()).param("vi", c.nameVi()).param("en", c.nameEn())
                .param("id", c.nameId()).param("active", c.active()).query(Long.class).single();
        if (profile != null) {
            writeSteps(id, profile);
        }
        audit.record("queue.settings.counter.create", "queue-counter", centre + "/" + c.code(),
                "after " + describe(counter(centre, c.code())));
    }

    /**
     * Changes a counter's names and state and/or its work profile (either may be null), in one transaction. The
     * profile's steps are replaced as a whole. {@code version} must be the one the editor read (decision 0442).
     */
    @Transactional
    public void updateCounter(String centre, String code, Integer version, CounterChange raw, ProfileChange profile) {
        CounterChange c = raw == null ? null : normalise(raw);
        lock(centre);
        FloorSettings.Counter before = counter(centre, code);
        long id = counterRow(centre, code).orElseThrow();
        if (version == null) {
            fail(List.of(new FieldViolation("version", "queue.admin.error.required")));
        }
        if (version != before.version()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.admin.error.stale", code);
        }
        List<FieldViolation> errors = new ArrayList<>();
        if (c != null) {
            errors.addAll(SettingsRules.counter(c, false));
        }
        if (profile != null) {
            errors.addAll(SettingsRules.profile(profile, activeLines(centre)));
        }
        fail(errors);
        if (c != null && before.active() && Boolean.FALSE.equals(c.active())) {
            int open = jdbc.sql("""
                            select count(*) from queue.ticket where centre = :c and counter = :code and day = :day
                            and status in ('WAITING', 'CALLED', 'SERVING', 'PARKED')""")
                    .param("c", centre).param("code", code).param("day", today()).query(Integer.class).single();
            if (open > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "queue.admin.error.counterBusy", code, open);
            }
        }
        if (c != null) {
            jdbc.sql("""
                            update queue.counter set name_vi = :vi, name_en = :en, name_id = :id, active = :active
                            where id = :counter""")
                    .param("vi", c.nameVi()).param("en", c.nameEn()).param("id", c.nameId())
                    .param("active", c.active()).param("counter", id).update();
        }
        if (profile != null) {
            jdbc.sql("delete from queue.counter_step where counter_id = :id").param("id", id).update();
            writeSteps(id, profile);
        }
        jdbc.sql("update queue.counter set version = version + 1 where id = :id").param("id", id).update();
        audit.record(profile != null ? "queue.settings.counter.profile" : "queue.settings.counter.update",
                "queue-counter", centre + "/" + code,
                "before " + describe(before) + " after " + describe(counter(centre, code)));
    }

    // ---- the centre ----

    /** The service-level target and the visit settings (check-in window, booking horizon, alert places). */
    @Transactional
    public void saveCentre(String centre, CentreChange c) {
        lock(centre);
        fail(SettingsRules.centre(c));
        FloorSettings.Centre before = reader.centre(centre);
        jdbc.sql("""
                        insert into queue.centre_setting (centre, target_wait_minutes) values (:c, :m)
                        on conflict (centre) do update set target_wait_minutes = excluded.target_wait_minutes""")
                .param("c", centre).param("m", c.targetWaitMinutes()).update();
        jdbc.sql("""
                        insert into queue.visit_setting (centre, early_minutes, late_minutes, horizon_days, alert_places)
                        values (:c, :early, :late, :horizon, :alert)
                        on conflict (centre) do update set early_minutes = excluded.early_minutes,
                            late_minutes = excluded.late_minutes, horizon_days = excluded.horizon_days,
                            alert_places = excluded.alert_places""")
                .param("c", centre).param("early", c.earlyMinutes()).param("late", c.lateMinutes())
                .param("horizon", c.horizonDays()).param("alert", c.alertPlaces()).update();
        audit.record("queue.settings.centre", "queue-centre", centre,
                "before " + before + " after " + reader.centre(centre));
    }

    // ---- helpers ----

    /** Saves of one centre's settings run one after the other (a transaction-scoped advisory lock). */
    private void lock(String centre) {
        jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtext('queue.settings/' || :c))) x")
                .param("c", centre).query(Integer.class).single();
    }

    private FloorSettings.Line line(String centre, long lineId) {
        return reader.line(centre, lineId, today())
                .orElseThrow(() -> DomainException.notFound("queue.error.lineNotFound", String.valueOf(lineId), centre));
    }

    private FloorSettings.Counter counter(String centre, String code) {
        return reader.counter(centre, code)
                .orElseThrow(() -> DomainException.notFound("queue.error.counterNotFound", code, centre));
    }

    private Optional<Long> counterRow(String centre, String code) {
        return jdbc.sql("select id from queue.counter where centre = :c and code = :code for update")
                .param("c", centre).param("code", code).query(Long.class).optional();
    }

    private Set<Long> activeLines(String centre) {
        return Set.copyOf(jdbc.sql("select id from queue.queue_line where centre = :c and active").param("c", centre)
                .query(Long.class).list());
    }

    /** Every procedure exists in the catalogue and no other line of the centre serves it (one line per procedure). */
    private void checkProcedures(String centre, Long lineId, List<String> procedures, List<FieldViolation> errors) {
        List<String> wellFormed = procedures.stream().filter(p -> p != null && SettingsRules.PROCEDURE_CODE.matcher(p).matches())
                .distinct().toList();
        LocalDate today = today();
        for (String code : wellFormed) {
            if (catalog.effective(code, today).isEmpty()) {
                errors.add(new FieldViolation("procedures", "queue.admin.error.procedureUnknown", code));
            }
        }
        if (wellFormed.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        select lp.procedure_code, l.prefix from queue.line_procedure lp
                        join queue.queue_line l on l.id = lp.line_id
                        where lp.centre = :c and lp.procedure_code in (:codes) and lp.line_id <> :line
                        order by lp.procedure_code""")
                .param("c", centre).param("codes", wellFormed).param("line", lineId == null ? -1L : lineId)
                .query((rs, n) -> errors.add(new FieldViolation("procedures", "queue.admin.error.procedureTaken",
                        rs.getString(1), rs.getString(2))))
                .list();
    }

    private void writeProceduresAndSlots(String centre, long lineId, LineChange c) {
        jdbc.sql("delete from queue.line_procedure where line_id = :line").param("line", lineId).update();
        for (String code : c.procedures()) {
            jdbc.sql("insert into queue.line_procedure (line_id, centre, procedure_code) values (:line, :c, :code)")
                    .param("line", lineId).param("c", centre).param("code", code).update();
        }
        if (c.slotMinutes() != null && c.capacity() != null) {
            jdbc.sql("""
                            insert into queue.appointment_line (line_id, slot_minutes, capacity) values (:line, :s, :cap)
                            on conflict (line_id) do update set slot_minutes = excluded.slot_minutes,
                                capacity = excluded.capacity""")
                    .param("line", lineId).param("s", c.slotMinutes()).param("cap", c.capacity()).update();
        }
    }

    private void writeSteps(long counterId, ProfileChange profile) {
        int position = 1;
        for (StepChange step : profile.steps()) {
            jdbc.sql("""
                            insert into queue.counter_step (counter_id, position, line_id, longest_wait_over_minutes)
                            values (:id, :position, :line, :over)""")
                    .param("id", counterId).param("position", position++).param("line", step.lineId())
                    .param("over", step.longestWaitOverMinutes()).update();
        }
    }

    private static void fail(List<FieldViolation> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }

    private static LineChange normalise(LineChange c) {
        List<String> procedures = c.procedures() == null ? List.of()
                : c.procedures().stream().map(p -> p == null ? null : p.strip()).filter(p -> p == null || !p.isEmpty())
                        .toList();
        return new LineChange(c.prefix() == null ? null : c.prefix().strip().toUpperCase(Locale.ROOT), strip(c.nameVi()),
                strip(c.nameEn()), strip(c.nameId()), c.priorityEvery(), procedures, c.slotMinutes(), c.capacity());
    }

    private static CounterChange normalise(CounterChange c) {
        return new CounterChange(strip(c.code()), strip(c.nameVi()), strip(c.nameEn()), strip(c.nameId()), c.active());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String describe(FloorSettings.Line l) {
        return "{names " + l.nameVi() + " | " + l.nameEn() + " | " + l.nameId() + ", every " + l.priorityEvery()
                + ", procedures " + l.procedures() + ", slots " + l.slotMinutes() + "x" + l.capacity() + "}";
    }

    private static String describe(FloorSettings.Counter c) {
        return "{names " + c.nameVi() + " | " + c.nameEn() + " | " + c.nameId() + ", active " + c.active()
                + ", profile " + c.profile().stream().map(s -> s.prefix()
                        + (s.longestWaitOverMinutes() == null ? "" : ">" + s.longestWaitOverMinutes() + "m"))
                .collect(Collectors.joining(",", "[", "]")) + "}";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
    }
}
