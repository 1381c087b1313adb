package org.onedoor.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.onedoor.reporting.DossierEvents.dossier;
import static org.onedoor.reporting.DossierEvents.vn;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.reporting.DossierEvents;
import org.onedoor.reporting.ReportingIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@ReportingIntegrationTest
class DossierFactProjectionIntegrationTest {

    @Autowired DossierFactProjection projection;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    final DossierEvents base = dossier("PRJ-260302-0001");
    final DossierEvents received = base.status(DossierStatus.RECEIVED);
    final DossierEvents processing = base.status(DossierStatus.PROCESSING);
    final DossierEvents done = base.finished(vn("2026-03-05T10:00"));

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.sql("delete from reporting.dossier_fact where code like 'PRJ-%'").update();
        jdbc.sql("delete from reporting.dossier_transition where code like 'PRJ-%'").update();
    }

    @Test
    void eventsInOrderLeaveTheLatestState() {
        projection.apply(received.event(1));
        projection.apply(processing.event(2));
        projection.apply(done.event(3));

        Map<String, Object> row = row(base.code());
        assertThat(row).containsEntry("status", "RESULT_RETURNED").containsEntry("national_status", 10)
                .containsEntry("timeliness", "EARLY").containsEntry("last_sequence", 3);
        assertThat(row.get("finished_at")).isNotNull();
        assertThat(rows(base.code())).isEqualTo(1);
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        assertThat(projection.apply(done.event(3))).isTrue();
        assertThat(projection.apply(received.event(1))).isFalse();
        assertThat(projection.apply(processing.event(2))).isFalse();

        assertThat(row(base.code())).containsEntry("status", "RESULT_RETURNED").containsEntry("last_sequence", 3)
                .containsEntry("timeliness", "EARLY");
    }

    @Test
    void aRepeatedEventIsAppliedOnce() {
        assertThat(projection.apply(received.event(1))).isTrue();
        assertThat(projection.apply(received.event(1))).isFalse();
        assertThat(projection.apply(processing.event(2))).isTrue();
        assertThat(projection.apply(processing.event(2))).isFalse();

        assertThat(rows(base.code())).isEqualTo(1);
        assertThat(row(base.code())).containsEntry("status", "PROCESSING").containsEntry("national_status", 4)
                .containsEntry("last_sequence", 2);
        assertThat(row(base.code()).get("timeliness")).isNull();
    }

    @Test
    void twoSupplementRequestsMakeAnEarlyResultLate() {
        projection.apply(done.supplements(2).event(7));
        assertThat(row(base.code())).containsEntry("timeliness", "LATE").containsEntry("supplement_count", 2);
    }

    @Test
    void aStoppedDossierIsNotClassified() {
        projection.apply(base.status(DossierStatus.STOPPED).event(4));
        assertThat(row(base.code())).containsEntry("national_status", 8);
        assertThat(row(base.code()).get("timeliness")).isNull();
        assertThat(row(base.code()).get("processing_minutes")).isNull();
    }

    @Test
    void storesWorkingMinutesFromReceiptToResult() {
        projection.apply(done.event(3)); // 2026-03-02 09:00 → 03-05 10:00 = 73 h, a third of it working time
        assertThat(row(base.code())).containsEntry("processing_minutes", 73L * 60 / 3);
    }

    @Test
    void aSupplementRequestAfterTheThreeWorkingDayWindowMakesAnEarlyResultLate() {
        // received Monday 2 March 09:00; in the test calendar three working days end Thursday 5 March 09:00
        supplementRequestedThenFinishedEarly(vn("2026-03-05T09:30"));

        assertThat(row(base.code())).containsEntry("timeliness", "LATE");
    }

    @Test
    void aSupplementRequestWithinTheWindowKeepsTheResultEarly() {
        supplementRequestedThenFinishedEarly(vn("2026-03-05T08:30"));

        assertThat(row(base.code())).containsEntry("timeliness", "EARLY");
    }

    private void supplementRequestedThenFinishedEarly(Instant requestedAt) {
        projection.apply(received.event(1));
        projection.apply(base.status(DossierStatus.SUPPLEMENT_REQUESTED).supplements(1).event(2, requestedAt));
        projection.apply(processing.supplements(1).event(3, vn("2026-03-06T09:00")));
        projection.apply(base.supplements(1).finished(vn("2026-03-06T10:00")).event(4));   // due 9 March 17:00
    }

    @Test
    void aResultSentBackForReworkLosesItsProcessingTime() {
        projection.apply(done.event(3));
        assertThat(row(base.code()).get("processing_minutes")).isNotNull();

        assertThat(projection.apply(processing.event(4))).isTrue();
        assertThat(row(base.code()).get("processing_minutes")).isNull();
    }

    @Test
    void leavesTimeWaitingForTheApplicantsSupplementOutOfTheProcessingTime() {
        projection.apply(received.event(1, vn("2026-03-02T09:00")));
        projection.apply(base.status(DossierStatus.SUPPLEMENT_REQUESTED).supplements(1).event(2, vn("2026-03-03T09:00")));
        projection.apply(processing.supplements(1).event(3, vn("2026-03-04T09:00")));
        projection.apply(done.supplements(1).event(4, vn("2026-03-05T10:00")));
        // 73 h from receipt to result, 24 h of it waiting; a third of wall-clock time is working time
        assertThat(row(base.code())).containsEntry("processing_minutes", (73L - 24) * 60 / 3);
    }

    @Test
    void subtractsTheSupplementWaitEvenWhenItsEventsArriveAfterTheResult() {
        projection.apply(done.supplements(1).event(4, vn("2026-03-05T10:00")));
        assertThat(row(base.code())).containsEntry("processing_minutes", 73L * 60 / 3);
        projection.apply(processing.supplements(1).event(3, vn("2026-03-04T09:00")));
        projection.apply(base.status(DossierStatus.SUPPLEMENT_REQUESTED).supplements(1).event(2, vn("2026-03-03T09:00")));
        projection.apply(received.event(1, vn("2026-03-02T09:00")));
        assertThat(row(base.code())).containsEntry("processing_minutes", (73L - 24) * 60 / 3)
                .containsEntry("status", "RESULT_RETURNED");
    }

    @Test
    void receivesTheEventAfterTheDossiersTransactionCommits() {
        DossierEvents async = dossier("PRJ-260302-0002").status(DossierStatus.PROCESSING);
        transactions.executeWithoutResult(tx -> events.publishEvent(async.event(2)));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(async.code())).isEqualTo(1));
        assertThat(row(async.code())).containsEntry("status", "PROCESSING");
    }

    @Test
    void ignoresTheEventOfATransactionThatRolledBack() throws InterruptedException {
        DossierEvents rolledBack = dossier("PRJ-260302-0003");
        transactions.executeWithoutResult(tx -> {
            events.publishEvent(rolledBack.event(1));
            tx.setRollbackOnly();
        });
        Thread.sleep(500);
        assertThat(rows(rolledBack.code())).isZero();
    }

    private Map<String, Object> row(String code) {
        return jdbc.sql("select * from reporting.dossier_fact where code = ?").param(code).query().singleRow();
    }

    private int rows(String code) {
        return jdbc.sql("select count(*) from reporting.dossier_fact where code = ?").param(code).query(Integer.class).single();
    }
}
