package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.queue.Ratings;
import org.onedoor.queue.ServiceRated;
import org.onedoor.reporting.query.ReportFilter;
import org.onedoor.reporting.query.ReportScope;
import org.onedoor.reporting.query.ReportViews.Satisfaction;
import org.onedoor.reporting.query.Reports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Ratings: once per served ticket, with the counter, the officer and the dossier of the visit; carried by the
 * outbox to reporting, where they make the satisfaction indicator (N/A without ratings) per scope and per dossier.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class RatingsIntegrationTest {

    @Autowired Ratings ratings;
    @Autowired Reports reports;
    @Autowired JdbcClient jdbc;
    @Autowired org.onedoor.queue.Queues queues;

    @Test
    void aServedVisitIsRatedOnceAndFeedsTheSatisfactionIndicator() {
        VisitFixtures fixtures = new VisitFixtures(jdbc, queues);
        String centre = fixtures.newCentre();
        long line = fixtures.line(centre, "A");
        String dossier = "TEST-" + centre;
        long first = fixtures.ticket(centre, line, "A", "DONE", "3");
        queues.linkDossier(centre, first, dossier, "officer.test");
        long second = fixtures.ticket(centre, line, "A", "SERVING", "2");
        long third = fixtures.ticket(centre, line, "A", "DONE", "3");
        long called = fixtures.ticket(centre, line, "A", "CALLED", "4");
        long waiting = fixtures.ticket(centre, line, "A", "WAITING", null);

        ServiceRated rated = ratings.rate(centre, first, "satisfied", " friendly ");
        assertThat(rated).satisfies(r -> {
            assertThat(r.rating()).isEqualTo("SATISFIED");
            assertThat(r.counter()).isEqualTo("3");
            assertThat(r.officer()).isEqualTo("officer.test");
            assertThat(r.dossierCode()).isEqualTo(dossier);
            assertThat(r.reason()).isEqualTo("friendly");
            assertThat(r.ticketCode()).isEqualTo("A001");
        });
        assertThatThrownBy(() -> ratings.rate(centre, first, "NOT_SATISFIED", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("queue.visit.error.alreadyRated"));
        assertThatThrownBy(() -> ratings.rate(centre, waiting, "SATISFIED", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("queue.visit.error.notServed"));
        assertThatThrownBy(() -> ratings.rate(centre, called, "SATISFIED", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("queue.visit.error.notServed"));
        assertThatThrownBy(() -> ratings.rate(centre, second, "GREAT", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("rating"));
        assertThatThrownBy(() -> ratings.rate("OTHER.CENTRE", second, "SATISFIED", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        ratings.rate(centre, second, "ACCEPTABLE", null);
        ratings.rate(centre, third, "NOT_SATISFIED", "WAIT");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from reporting.service_rating where centre = :c").param("c", centre)
                .query(Integer.class).single()).isEqualTo(3));

        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        ReportFilter period = new ReportFilter(today, today, null, null);
        Satisfaction s = reports.satisfaction(period, ReportScope.of(Set.of(centre)));
        assertThat(s).isEqualTo(new Satisfaction(1, 1, 1));
        assertThat(reports.indicators(period, ReportScope.of(Set.of(centre))).satisfaction())
                .isEqualByComparingTo(new BigDecimal("50.00"));
        // another centre's scope sees none: N/A
        assertThat(reports.indicators(period, ReportScope.of(Set.of("NO.RATINGS"))).satisfactionDisplay()).isEqualTo("N/A");
        assertThat(reports.satisfaction(new ReportFilter(today.minusDays(9), today.minusDays(8), null, null),
                ReportScope.of(Set.of(centre))).total()).isZero();

        // per dossier: the visit linked to the dossier, visible in the dossier's scope only
        jdbc.sql("""
                        insert into reporting.dossier_fact (code, procedure_code, procedure_name, receiving_agency_code,
                            competent_agency_code, channel, status, national_status, last_sequence)
                        values (:code, 'TEST.PROC', 'Test', :centre, :centre, 'COUNTER', 'RECEIVED', 2, 1)""")
                .param("code", dossier).param("centre", centre).update();
        assertThat(reports.dossierSatisfaction(dossier, ReportScope.of(Set.of(centre))))
                .isEqualTo(new Satisfaction(1, 0, 0));
        assertThat(reports.dossierSatisfaction(dossier, ReportScope.of(Set.of("NO.RATINGS"))).total()).isZero();
        assertThat(reports.satisfaction(new ReportFilter(today, today, null, "TEST.PROC"), ReportScope.of(Set.of(centre))))
                .isEqualTo(new Satisfaction(1, 0, 0));
    }
}
