package org.onedoor.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Completed outbox entries older than the retention (7 days by default) go; recent and incomplete ones stay. */
@SpringBootTest
@ActiveProfiles("test")
class OutboxHousekeepingIntegrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired OutboxHousekeeping housekeeping;

    @Test
    void deletesOnlyOldCompletedPublications() {
        UUID old = insert(Instant.now().minus(Duration.ofDays(8)), true);
        UUID recent = insert(Instant.now().minus(Duration.ofHours(1)), true);
        UUID pending = insert(Instant.now().minus(Duration.ofDays(30)), false);

        housekeeping.purgeCompleted();   // default retention: 7 days

        assertThat(exists(old)).isFalse();
        assertThat(exists(recent)).isTrue();
        assertThat(exists(pending)).as("incomplete publications are retried, never purged").isTrue();
    }

    private UUID insert(Instant published, boolean done) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (:id, 'test.listener', 'java.lang.String', '"x"', :published, :completed, :status, 0)""")
                .param("id", id).param("published", Timestamp.from(published))
                .param("completed", done ? Timestamp.from(published.plusSeconds(1)) : null)
                .param("status", done ? "COMPLETED" : "PUBLISHED")
                .update();
        return id;
    }

    private boolean exists(UUID id) {
        return jdbc.sql("select count(*) from event_publication where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }
}
