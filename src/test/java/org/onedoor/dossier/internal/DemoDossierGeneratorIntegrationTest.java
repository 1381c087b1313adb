package org.onedoor.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierTestFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo history is made by the real transition code: every state appears and histories are consistent. */
@SpringBootTest(properties = "onedoor.dossier.max-file-size=64KB")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(DossierTestFixtures.class)
class DemoDossierGeneratorIntegrationTest {

    @Autowired
    DemoDossierGenerator generator;

    @Autowired
    JdbcClient jdbc;

    @Test
    void generatesDossiersInEveryStateWithConsistentBackdatedHistories() {
        Instant now = Instant.now();
        Timestamp today = Timestamp.from(LocalDate.now(VietnamTime.ZONE).atStartOfDay(VietnamTime.ZONE).toInstant());

        int made = generator.generate(150, now);

        assertThat(made).isGreaterThan(100);
        List<String> statuses = jdbc.sql("select distinct status from dossier.dossier where submitted_at < :today")
                .param("today", today).query(String.class).list();
        assertThat(statuses).contains("RESULT_RETURNED", "STOPPED", "WITHDRAWN", "SUPPLEMENT_REQUESTED",
                "REFUSED_AT_INTAKE", "PROCESSING");
        int inconsistent = jdbc.sql("""
                        select count(*) from dossier.dossier d where d.submitted_at < :today
                          and d.history_count <> (select count(*) from dossier.dossier_history h where h.dossier_code = d.code)""")
                .param("today", today).query(Integer.class).single();
        assertThat(inconsistent).isZero();
        int late = jdbc.sql("select count(*) from dossier.dossier where submitted_at < :today and finished_at > due_at")
                .param("today", today).query(Integer.class).single();
        int onTime = jdbc.sql("select count(*) from dossier.dossier where submitted_at < :today and finished_at <= due_at")
                .param("today", today).query(Integer.class).single();
        assertThat(late).isPositive();
        assertThat(onTime).isGreaterThan(late);
        assertThat(jdbc.sql("select max(at) from dossier.dossier_history h join dossier.dossier d on d.code = h.dossier_code"
                        + " where d.submitted_at < :today").param("today", today).query(Timestamp.class).single().toInstant())
                .isBeforeOrEqualTo(now);
    }
}
