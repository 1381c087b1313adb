package org.onedoor.queue.internal;

import java.time.LocalDate;

import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Marks MISSED the appointments still BOOKED from an earlier day (the citizen never checked in), so that they
 * are told apart from cancelled ones. Runs hourly; idempotent. (A citizen who comes on the day after the window
 * still gets a walk-in ticket: check-in treats BOOKED and MISSED alike.)
 */
@Component
class AppointmentHousekeeping {

    private final JdbcClient jdbc;

    AppointmentHousekeeping(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${onedoor.queue.visit.missed-every:1h}", initialDelayString = "${onedoor.queue.visit.missed-every:1h}")
    @Transactional
    public int markMissed() {
        return jdbc.sql("update queue.appointment set status = 'MISSED' where status = 'BOOKED' and start < :today")
                .param("today", LocalDate.now(VietnamTime.ZONE).atStartOfDay()).update();
    }
}
