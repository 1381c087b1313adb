package org.onedoor.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onedoor.reporting.DossierEvents.dossier;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.reporting.DossierEvents;
import org.onedoor.reporting.ReportingTestConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code onedoor.reporting.projection=outbox}: the read model is fed after the dossier's commit through the event
 * publication registry, for a reporting store of its own (decision 0204).
 */
@SpringBootTest(properties = "onedoor.reporting.projection=outbox")
@ActiveProfiles("test")
@Import(ReportingTestConfiguration.class)
class OutboxProjectionIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void clean() {
        jdbc.sql("delete from reporting.dossier_fact where code like 'PRJ-OUT-%'").update();
        jdbc.sql("delete from reporting.dossier_transition where code like 'PRJ-OUT-%'").update();
    }

    @Test
    void receivesTheEventAfterTheCommitThroughTheRegistry() {
        assertThat(context.getBeansOfType(DossierFactProjection.ThroughOutbox.class)).hasSize(1);
        assertThat(context.getBeansOfType(DossierFactProjection.InTransaction.class)).isEmpty();
        DossierEvents async = dossier("PRJ-OUT-260302-0001").status(DossierStatus.PROCESSING);

        transactions.executeWithoutResult(tx -> events.publishEvent(async.event(2)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
                        select count(*) from event_publication where listener_id like '%DossierFactProjection%'
                           and serialized_event like '%PRJ-OUT-260302-0001%' and completion_date is not null""")
                .query(Integer.class).single()).isEqualTo(1));
        assertThat(jdbc.sql("select status from reporting.dossier_fact where code = 'PRJ-OUT-260302-0001'")
                .query(String.class).single()).isEqualTo("PROCESSING");
    }
}
