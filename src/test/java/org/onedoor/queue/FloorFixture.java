package org.onedoor.queue;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Small builders of a test centre's floor, written straight to the tables (the schema's constraints apply). */
public record FloorFixture(JdbcClient jdbc) {

    /** A fresh centre of its own so tests do not see each other's tickets. */
    public static String centre() {
        return "T." + UUID.randomUUID().toString().substring(0, 8);
    }

    public long line(String centre, String prefix, int priorityEvery) {
        return jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:c, :p, 'Hàng ' || :p, 'Line ' || :p, 'Antrean ' || :p, :e) returning id""")
                .param("c", centre).param("p", prefix).param("e", priorityEvery).query(Long.class).single();
    }

    /** A counter whose profile is the given steps: a line id, or {@code {lineId, minutes}} for a condition step. */
    public void counter(String centre, String code, boolean active, long[]... steps) {
        long id = jdbc.sql("""
                        insert into queue.counter (centre, code, name_vi, name_en, name_id, active)
                        values (:c, :code, 'Quầy ' || :code, 'Counter ' || :code, 'Loket ' || :code, :active)
                        returning id""")
                .param("c", centre).param("code", code).param("active", active).query(Long.class).single();
        int position = 1;
        for (long[] step : steps) {
            jdbc.sql("""
                            insert into queue.counter_step (counter_id, position, line_id, longest_wait_over_minutes)
                            values (:id, :pos, :line, :over)""")
                    .param("id", id).param("pos", position++).param("line", step[0])
                    .param("over", step.length > 1 ? (Integer) (int) step[1] : null).update();
        }
    }

    public void counter(String centre, String code, long[]... steps) {
        counter(centre, code, true, steps);
    }

    public static long[] step(long line) {
        return new long[] {line};
    }

    public static long[] whenLongestWaitOver(long line, int minutes) {
        return new long[] {line, minutes};
    }

    public void targetWait(String centre, int minutes) {
        jdbc.sql("insert into queue.centre_setting (centre, target_wait_minutes) values (:c, :m)")
                .param("c", centre).param("m", minutes).update();
    }

    /** The ticket's stored events as TYPE/counter/officer. */
    public java.util.List<String> events(long ticketId) {
        return jdbc.sql("""
                        select type || '/' || coalesce(counter, '-') || '/' || coalesce(officer, '-')
                        from queue.ticket_event where ticket_id = :id order by id""")
                .param("id", ticketId).query(String.class).list();
    }
}
