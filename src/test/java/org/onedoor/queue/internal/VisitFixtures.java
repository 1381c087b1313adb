package org.onedoor.queue.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data on the real database: a centre of its own per test (no interference with other tests' tickets) and
 * tickets written directly, so that the tests do not depend on the hour at which they run (issuing through the
 * floor may refuse outside opening hours).
 */
record VisitFixtures(JdbcClient jdbc) {

    String newCentre() {
        return "T." + UUID.randomUUID().toString().substring(0, 12);
    }

    long line(String centre, String prefix) {
        return jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:centre, :prefix, 'Tiếp nhận', 'Intake', 'Penerimaan', 3) returning id""")
                .param("centre", centre).param("prefix", prefix).query(Long.class).single();
    }

    /** A ticket with the next number of its line today, in the given state. */
    long ticket(String centre, long lineId, String prefix, String status, String counter) {
        LocalDate day = LocalDate.now(VietnamTime.ZONE);
        int number = jdbc.sql("""
                        insert into queue.number_counter (line_id, day, n) values (:line, :day, 1)
                        on conflict (line_id, day) do update set n = queue.number_counter.n + 1 returning n""")
                .param("line", lineId).param("day", day).query(Integer.class).single();
        Instant now = Instant.now();
        long id = jdbc.sql("""
                        insert into queue.ticket (centre, line_id, day, number, code, status, issued_at, called_at, counter,
                                                  channel, queue_at)
                        values (:centre, :line, :day, :number, :code, :status, :at, :called, :counter, 'WEB', :at)
                        returning id""")
                .param("centre", centre).param("line", lineId).param("day", day).param("number", number)
                .param("code", prefix + String.format("%03d", number)).param("status", status)
                .param("at", Timestamp.from(now)).param("called", counter == null ? null : Timestamp.from(now))
                .param("counter", counter).query(Long.class).single();
        jdbc.sql("insert into queue.ticket_event (ticket_id, type, at) values (:id, 'ISSUED', :at)")
                .param("id", id).param("at", Timestamp.from(now)).update();
        return id;
    }
}
