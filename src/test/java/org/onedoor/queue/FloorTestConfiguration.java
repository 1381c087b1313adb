package org.onedoor.queue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.onedoor.common.VietnamTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The floor tests' context: a clock the test can stop at a given minute of a scripted day (the system clock when
 * not set), and a recorder of the published {@link TicketEvent}s. Every floor integration test imports it, so they
 * share one cached context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FloorTestConfiguration {

    @Bean
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    PublishedTicketEvents publishedTicketEvents() {
        return new PublishedTicketEvents();
    }

    /** The system clock until {@link #set}; {@link #reset} after each test. */
    public static final class TestClock extends Clock {

        private volatile Instant fixed;

        /** Stops the clock at a Vietnam time of a day. */
        public void set(LocalDate day, String time) {
            fixed = day.atTime(LocalTime.parse(time)).atZone(VietnamTime.ZONE).toInstant();
        }

        public void set(Instant instant) {
            fixed = instant;
        }

        public void reset() {
            fixed = null;
        }

        @Override
        public Instant instant() {
            Instant f = fixed;
            return f != null ? f : Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant(), zone);
        }
    }

    /** Every published ticket event, in publishing order. */
    public static final class PublishedTicketEvents {

        private final List<TicketEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(TicketEvent event) {
            events.add(event);
        }

        public List<TicketEvent> of(long ticketId) {
            return events.stream().filter(e -> e.ticketId() == ticketId).toList();
        }
    }
}
