package org.onedoor.queue.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.onedoor.audit.AuditTrail;
import org.onedoor.calendar.WorkingCalendar;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.Secrets;
import org.onedoor.common.VietnamTime;
import org.onedoor.notification.CitizenMessenger;
import org.onedoor.platform.OneDoorProperties;
import org.onedoor.queue.Appointments;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAlerts;
import org.onedoor.queue.TicketChannel;
import org.onedoor.queue.TicketRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments on the database (decisions 0420–0422): slots from the working calendar, capacity kept by a
 * conditional upsert on {@code queue.appointment_slot}, a short reference code and a secret (only its hash stored),
 * check-in through {@link Queues#issue(TicketRequest)}.
 */
@Service
class AppointmentService implements Appointments {

    static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";   // no 0/O, 1/I: read aloud, typed
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Queues queues;
    private final VisitSettings settings;
    private final TicketAlerts alerts;
    private final AuditTrail audit;
    private final CitizenMessenger messenger;
    private final OneDoorProperties properties;
    private Clock clock = Clock.systemUTC();

    AppointmentService(JdbcClient jdbc, WorkingCalendar calendar, Queues queues, VisitSettings settings,
                       TicketAlerts alerts, AuditTrail audit, CitizenMessenger messenger,
                       OneDoorProperties properties) {
        this.messenger = messenger;
        this.properties = properties;
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.queues = queues;
        this.settings = settings;
        this.alerts = alerts;
        this.audit = audit;
    }

    /** Tests move the clock. */
    void clock(Clock clock) {
        this.clock = clock;
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), VietnamTime.ZONE);
    }

    @Override
    public List<LocalDate> days(String centre) {
        return SlotPlan.bookableDays(calendar, now().toLocalDate(), settings.centre(centre).horizonDays());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Slot> slots(String centre, long lineId, LocalDate day) {
        line(centre, lineId);
        if (!days(centre).contains(day)) {
            return List.of();
        }
        VisitSettings.LineSlots line = settings.line(lineId);
        Map<LocalDateTime, Integer> booked = jdbc.sql("""
                        select start, booked from queue.appointment_slot
                        where line_id = :line and start >= :from and start < :to""")
                .param("line", lineId).param("from", day.atStartOfDay()).param("to", day.plusDays(1).atStartOfDay())
                .query((rs, n) -> Map.entry(rs.getObject("start", LocalDateTime.class), rs.getInt("booked")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        LocalDateTime now = now();
        return SlotPlan.starts(calendar, day, line.slotMinutes()).stream()
                .filter(start -> start.isAfter(now))
                .map(start -> new Slot(start, line.capacity(), booked.getOrDefault(start, 0)))
                .toList();
    }

    @Override
    @Transactional
    public Appointment book(BookingRequest r) {
        QueueLine line = line(r.centre(), r.lineId());
        List<FieldViolation> violations = Contacts.violations();
        String name = r.name() == null ? "" : r.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            violations.add(new FieldViolation("name", "queue.visit.error.name"));
        }
        Contacts contacts = Contacts.of(r.phone(), r.email(), r.locale(), violations);
        VisitSettings.LineSlots slots = settings.line(line.id());
        LocalDateTime start = r.start();
        if (start == null) {
            violations.add(new FieldViolation("start", "queue.visit.error.slotRequired"));
        } else if (!start.isAfter(now())) {
            violations.add(new FieldViolation("start", "queue.visit.error.slotPast"));
        } else if (!days(r.centre()).contains(start.toLocalDate())
                || !SlotPlan.starts(calendar, start.toLocalDate(), slots.slotMinutes()).contains(start)) {
            violations.add(new FieldViolation("start", "queue.visit.error.slotUnknown"));
        }
        String procedure = r.procedureCode() == null || r.procedureCode().isBlank() ? null : r.procedureCode().strip();
        if (procedure != null && queues.lineFor(r.centre(), procedure).filter(l -> l.id() != line.id()).isPresent()) {
            violations.add(new FieldViolation("procedureCode", "queue.visit.error.procedureLine"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        // takes a place if one is free: the upsert row-locks the slot, a full slot returns no row
        Integer taken = jdbc.sql("""
                        insert into queue.appointment_slot (line_id, start, booked, capacity)
                        values (:line, :start, 1, :capacity)
                        on conflict (line_id, start) do update
                            set booked = queue.appointment_slot.booked + 1, capacity = excluded.capacity
                            where queue.appointment_slot.booked < excluded.capacity
                        returning booked""")
                .param("line", line.id()).param("start", start).param("capacity", slots.capacity())
                .query(Integer.class).optional().orElse(null);
        if (taken == null) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.slotFull",
                    List.of(new FieldViolation("start", "queue.visit.error.slotFull")));
        }
        String secret = Secrets.newToken();
        for (int attempt = 0; ; attempt++) {
            String code = newCode();
            try {
                jdbc.sql("""
                                insert into queue.appointment (code, secret_hash, centre, line_id, start, name, phone, email,
                                                               procedure_code, locale, status, created_at)
                                values (:code, :hash, :centre, :line, :start, :name, :phone, :email, :procedure, :locale,
                                        'BOOKED', :now)""")
                        .param("code", code).param("hash", Secrets.sha256(secret)).param("centre", r.centre())
                        .param("line", line.id()).param("start", start).param("name", name)
                        .param("phone", contacts.phone()).param("email", contacts.email()).param("procedure", procedure)
                        .param("locale", contacts.locale()).param("now", Timestamp.from(clock.instant())).update();
                audit.record("queue.appointment.book", "appointment", code, "line " + line.prefix() + ", " + start);
                confirm(r.centre(), code, secret, start, contacts);
                return new Appointment(code, secret, r.centre(), line.id(), start, name, contacts.phone(),
                        contacts.email(), "BOOKED", null);
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    /** The code, the time and the page to see or cancel it, by SMS and e-mail (through the outbox, after commit). */
    private void confirm(String centre, String code, String secret, LocalDateTime start, Contacts contacts) {
        String link = properties.publicUrl() + "/queue/" + centre + "/appointments/" + code + "?s=" + secret;
        String text = messenger.text("queue.visit.booked.message", contacts.locale(), code, start.format(HH_MM), link);
        if (contacts.phone() != null) {
            messenger.sms(contacts.phone(), text);
        }
        if (contacts.email() != null) {
            messenger.email(contacts.email(), messenger.text("queue.visit.booked.subject", contacts.locale(), code), text);
        }
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed or scanned: upper case, without spaces; the code inside an appointment's link. */
    static String normalise(String code) {
        if (code == null) {
            return "";
        }
        String c = code.strip();
        int at = c.indexOf("/appointments/");
        if (at >= 0) {
            c = c.substring(at + "/appointments/".length());
            int end = c.indexOf('?');
            c = end >= 0 ? c.substring(0, end) : c;
        }
        return c.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    private record Row(long id, String code, String secretHash, String centre, long lineId, LocalDateTime start,
                       String name, String phone, String email, String locale, String status, Long ticketId) {

        Appointment view(String secret) {
            return new Appointment(code, secret, centre, lineId, start, name, phone, email, status, ticketId);
        }
    }

    private Optional<Row> row(String code, boolean lock) {
        return jdbc.sql("""
                        select id, code, secret_hash, centre, line_id, start, name, phone, email, locale, status, ticket_id
                        from queue.appointment where code = :code""" + (lock ? " for update" : ""))
                .param("code", normalise(code))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("code"), rs.getString("secret_hash"),
                        rs.getString("centre"), rs.getLong("line_id"), rs.getObject("start", LocalDateTime.class),
                        rs.getString("name"), rs.getString("phone"), rs.getString("email"), rs.getString("locale"),
                        rs.getString("status"), (Long) rs.getObject("ticket_id")))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Appointment> find(String code, String secret) {
        return row(code, false).filter(a -> secret != null && Secrets.sameHash(secret, a.secretHash()))
                .map(a -> a.view(secret));
    }

    @Override
    @Transactional
    public Appointment cancel(String code, String secret) {
        Row a = row(code, true).filter(r -> secret != null && Secrets.sameHash(secret, r.secretHash()))
                .orElseThrow(() -> DomainException.notFound("queue.visit.error.appointmentNotFound", normalise(code)));
        if ("CANCELLED".equals(a.status())) {
            return a.view(secret);
        }
        if (!"BOOKED".equals(a.status())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.notCancellable", a.code());
        }
        jdbc.sql("update queue.appointment set status = 'CANCELLED' where id = :id").param("id", a.id()).update();
        jdbc.sql("""
                        update queue.appointment_slot set booked = booked - 1
                        where line_id = :line and start = :start and booked > 0""")
                .param("line", a.lineId()).param("start", a.start()).update();
        audit.record("queue.appointment.cancel", "appointment", a.code(), null);
        return new Appointment(a.code(), secret, a.centre(), a.lineId(), a.start(), a.name(), a.phone(), a.email(),
                "CANCELLED", null);
    }

    @Override
    @Transactional
    public Ticket checkIn(String centre, String code) {
        Row a = row(code, true).filter(r -> r.centre().equals(centre))
                .orElseThrow(() -> DomainException.notFound("queue.visit.error.appointmentNotFound", normalise(code)));
        if ("CHECKED_IN".equals(a.status()) && a.ticketId() != null) {
            return queues.ticket(centre, a.ticketId()).orElseThrow();
        }
        if ("CANCELLED".equals(a.status())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.cancelled", a.code());
        }
        VisitSettings.Centre s = settings.centre(centre);
        Instant booked = a.start().atZone(VietnamTime.ZONE).toInstant();
        CheckInWindow window = CheckInWindow.of(clock.instant(), booked, s.earlyMinutes(), s.lateMinutes());
        if (window == CheckInWindow.TOO_EARLY) {
            throw new DomainException(DomainException.Kind.CONFLICT, "queue.visit.error.tooEarly", a.code(),
                    a.start().minusMinutes(s.earlyMinutes()).format(HH_MM));
        }
        boolean late = window == CheckInWindow.LATE;
        Ticket ticket = late
                ? queues.issue(new TicketRequest(centre, a.lineId(), null, TicketChannel.KIOSK, null, null))
                : queues.issue(new TicketRequest(centre, a.lineId(), null, TicketChannel.APPOINTMENT, booked, a.code()));
        jdbc.sql("""
                        update queue.appointment set status = 'CHECKED_IN', late = :late, ticket_id = :ticket,
                            checked_in_at = :now
                        where id = :id""")
                .param("late", late).param("ticket", ticket.id()).param("now", Timestamp.from(clock.instant()))
                .param("id", a.id()).update();
        alerts.subscribe(centre, ticket.id(), a.phone(), a.email(), a.locale());
        audit.record("queue.appointment.checkIn", "appointment", a.code(),
                "ticket " + ticket.code() + (late ? ", late: walk-in" : ""));
        return ticket;
    }

    /** Whether an appointment was checked in late (an ordinary walk-in ticket). */
    @Transactional(readOnly = true)
    boolean late(String code) {
        return jdbc.sql("select late from queue.appointment where code = :code").param("code", normalise(code))
                .query(Boolean.class).optional().orElse(false);
    }

    private QueueLine line(String centre, long lineId) {
        return queues.lines(centre).stream().filter(l -> l.id() == lineId).findFirst()
                .orElseThrow(() -> DomainException.notFound("queue.error.lineNotFound", String.valueOf(lineId), centre));
    }
}
