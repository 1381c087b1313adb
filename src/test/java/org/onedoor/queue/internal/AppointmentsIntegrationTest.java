package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.Appointments;
import org.onedoor.queue.Appointments.Appointment;
import org.onedoor.queue.Appointments.BookingRequest;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketChannel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Appointments on the real database with the clock set to Monday 23 November 2026, 07:00 in Vietnam: slots, field
 * errors, capacity under parallel bookings, cancel, and check-in within, before and after the window.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class AppointmentsIntegrationTest {

    static final Instant MONDAY_7AM = LocalDateTime.of(2026, 11, 23, 7, 0).atZone(VietnamTime.ZONE).toInstant();
    static final LocalDateTime TUESDAY_9AM = LocalDateTime.of(2026, 11, 24, 9, 0);

    @Autowired Appointments appointments;
    @Autowired AppointmentService service;
    @Autowired VisitSettings settings;
    @Autowired VisitLookups lookups;
    @Autowired AppointmentHousekeeping housekeeping;
    @Autowired JdbcClient jdbc;
    @Autowired org.onedoor.queue.Queues queues;

    VisitFixtures fixtures;
    String centre;
    long line;

    @BeforeEach
    void centre() {
        fixtures = new VisitFixtures(jdbc, queues);
        centre = fixtures.newCentre();
        line = fixtures.line(centre, "A");
        service.clock(Clock.fixed(MONDAY_7AM, ZoneOffset.UTC));
    }

    @AfterEach
    void realClock() {
        service.clock(Clock.systemUTC());
    }

    BookingRequest booking(LocalDateTime start, String name) {
        return new BookingRequest(centre, line, start, name, "0912 345 678", null, null, "en");
    }

    @Test
    void slotsComeFromTheCalendarAndTheLinesSettings() {
        assertThat(appointments.days(centre)).hasSize(14).first().hasToString("2026-11-23");
        assertThat(appointments.slots(centre, line, TUESDAY_9AM.toLocalDate())).hasSize(32)
                .allSatisfy(s -> assertThat(s.capacity()).isEqualTo(2));
        settings.setLine(line, 30, 5);
        assertThat(appointments.slots(centre, line, TUESDAY_9AM.toLocalDate())).hasSize(16)
                .allSatisfy(s -> assertThat(s.capacity()).isEqualTo(5));
        assertThat(appointments.slots(centre, line, TUESDAY_9AM.toLocalDate().minusDays(3))).isEmpty();   // Saturday
        assertThat(appointments.slots(centre, line, TUESDAY_9AM.toLocalDate().plusDays(60))).isEmpty();  // beyond horizon
    }

    @Test
    void badInputIsRefusedFieldByField() {
        assertThatThrownBy(() -> appointments.book(new BookingRequest(centre, line, TUESDAY_9AM.plusMinutes(7), " ",
                "12", "nope", null, "en")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.violations()).extracting(FieldViolation::field)
                            .containsExactlyInAnyOrder("name", "phone", "email", "start");
                });
        // in the past (the clock is Monday 07:00), on a Sunday, with no contact
        assertThatThrownBy(() -> appointments.book(booking(LocalDateTime.of(2026, 11, 20, 9, 0), "An")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("queue.visit.error.slotPast"));
        assertThatThrownBy(() -> appointments.book(booking(LocalDateTime.of(2026, 11, 29, 9, 0), "An")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("queue.visit.error.slotUnknown"));
        assertThatThrownBy(() -> appointments.book(new BookingRequest(centre, line, TUESDAY_9AM, "An", null, " ", null, "vi")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::messageKey).containsExactly("queue.visit.error.contactRequired"));
        assertThatThrownBy(() -> appointments.book(new BookingRequest(centre, 999_999, TUESDAY_9AM, "An", "0912345678",
                null, null, "vi")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void aProcedureIsBookedInTheLineThatServesIt() {
        long other = fixtures.line(centre, "B");
        jdbc.sql("insert into queue.line_procedure (line_id, centre, procedure_code) values (:l, :c, 'TEST.1')")
                .param("l", other).param("c", centre).update();
        assertThatThrownBy(() -> appointments.book(new BookingRequest(centre, line, TUESDAY_9AM, "An", "0912345678",
                null, "TEST.1", "vi")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("procedureCode"));
        assertThat(appointments.book(new BookingRequest(centre, other, TUESDAY_9AM, "An", "0912345678", null, "TEST.1",
                "vi")).lineId()).isEqualTo(other);
    }

    @Test
    void parallelBookingsNeverExceedTheCapacity() throws Exception {
        settings.setLine(line, 15, 3);
        int callers = 12;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String name = "Citizen " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    return appointments.book(booking(TUESDAY_9AM, name)).code();
                } catch (DomainException e) {
                    return e.kind().name();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).filteredOn(o -> o.equals("CONFLICT")).hasSize(callers - 3);
        assertThat(outcomes).filteredOn(o -> !o.equals("CONFLICT")).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("[A-Z2-9]{8}"));
        assertThat(jdbc.sql("select count(*) from queue.appointment where line_id = :l and status = 'BOOKED'")
                .param("l", line).query(Integer.class).single()).isEqualTo(3);
        assertThat(appointments.slots(centre, line, TUESDAY_9AM.toLocalDate()))
                .filteredOn(s -> s.start().equals(TUESDAY_9AM)).singleElement()
                .satisfies(s -> assertThat(s.booked()).isEqualTo(3));
    }

    @Test
    void theSecretShowsAndCancelsAndCancellingFreesThePlace() {
        settings.setLine(line, 15, 1);
        Appointment a = appointments.book(booking(TUESDAY_9AM, "Nguyễn Văn An"));
        assertThat(a.code()).matches("[A-Z2-9]{8}");
        assertThat(a.secret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(jdbc.sql("select secret_hash from queue.appointment where code = :c").param("c", a.code())
                .query(String.class).single()).isNotEqualTo(a.secret());
        assertThatThrownBy(() -> appointments.book(booking(TUESDAY_9AM, "Trần Thị Bình")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));

        assertThat(appointments.find(a.code(), "wrong-secret")).isEmpty();
        assertThat(appointments.find(a.code().toLowerCase(), a.secret())).get()
                .satisfies(found -> assertThat(found.status()).isEqualTo("BOOKED"));
        assertThatThrownBy(() -> appointments.cancel(a.code(), "wrong-secret")).isInstanceOf(DomainException.class);

        assertThat(appointments.cancel(a.code(), a.secret()).status()).isEqualTo("CANCELLED");
        assertThat(appointments.cancel(a.code(), a.secret()).status()).isEqualTo("CANCELLED");   // idempotent
        assertThat(appointments.book(booking(TUESDAY_9AM, "Trần Thị Bình")).status()).isEqualTo("BOOKED");
        assertThatThrownBy(() -> appointments.checkIn(centre, a.code()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("queue.visit.error.cancelled"));
    }

    @Test
    void checkInWithinTheWindowJoinsAtTheBookedTimeLaterIsAWalkInEarlierIsRefused() {
        Appointment onTime = appointments.book(booking(TUESDAY_9AM, "An"));
        Appointment late = appointments.book(booking(TUESDAY_9AM.plusMinutes(15), "Bình"));
        Instant booked = TUESDAY_9AM.atZone(VietnamTime.ZONE).toInstant();

        service.clock(Clock.fixed(booked.minusSeconds(31 * 60), ZoneOffset.UTC));
        assertThatThrownBy(() -> appointments.checkIn(centre, onTime.code()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("queue.visit.error.tooEarly");
                    assertThat(e.args()).contains("08:30 24/11/2026");
                });

        service.clock(Clock.fixed(booked.minusSeconds(20 * 60), ZoneOffset.UTC));
        Ticket ticket = checkIn(onTime.code());
        assertThat(ticket.channel()).isEqualTo(TicketChannel.APPOINTMENT);
        assertThat(ticket.queueAt()).isEqualTo(booked);
        assertThat(checkIn(" " + onTime.code().toLowerCase() + " ").id()).isEqualTo(ticket.id());   // idempotent
        assertThat(lookups.checkedInLate(onTime.code())).isFalse();
        assertThat(appointments.find(onTime.code(), onTime.secret()).orElseThrow())
                .satisfies(a -> assertThat(a.status()).isEqualTo("CHECKED_IN"))
                .satisfies(a -> assertThat(a.ticketId()).isEqualTo(ticket.id()));
        // the appointment's phone receives the ticket's alerts
        assertThat(jdbc.sql("select phone from queue.ticket_alert where ticket_id = :t").param("t", ticket.id())
                .query(String.class).single()).isEqualTo("0912345678");

        service.clock(Clock.fixed(booked.plusSeconds((15 + 11) * 60), ZoneOffset.UTC));
        Ticket walkIn = checkIn(late.code());
        assertThat(walkIn.channel()).isEqualTo(TicketChannel.KIOSK);
        assertThat(walkIn.queueAt()).isNotEqualTo(booked.plusSeconds(15 * 60));   // its place: when it was issued
        assertThat(lookups.checkedInLate(late.code())).isTrue();
        assertThatThrownBy(() -> appointments.checkIn("OTHER.CENTRE", late.code()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
    }

    @Test
    void appointmentsOfAnEarlierDayNeverCheckedInAreMissedAndComeAsWalkIns() {
        Appointment a = appointments.book(booking(TUESDAY_9AM, "An"));
        jdbc.sql("update queue.appointment set start = '2020-01-06 09:00' where code = :c").param("c", a.code()).update();
        assertThat(housekeeping.markMissed()).isGreaterThanOrEqualTo(1);
        assertThat(appointments.find(a.code(), a.secret()).orElseThrow().status()).isEqualTo("MISSED");
        assertThat(checkIn(a.code()).channel()).isEqualTo(TicketChannel.KIOSK);
        assertThat(lookups.checkedInLate(a.code())).isTrue();
    }

    /** Checks in through the floor's real Queues.issue, which may refuse outside the centre's real opening hours. */
    private Ticket checkIn(String code) {
        try {
            return appointments.checkIn(centre, code);
        } catch (DomainException e) {
            Assumptions.assumeFalse("queue.error.closed".equals(e.messageKey()),
                    "the floor refuses tickets outside the centre's opening hours at the real time of this run");
            throw e;
        }
    }
}
