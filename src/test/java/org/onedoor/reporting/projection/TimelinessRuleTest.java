package org.onedoor.reporting.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.reporting.DossierEvents.vn;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.onedoor.calendar.Timeliness;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.reporting.ReportingTestConfiguration.SimpleCalendar;

class TimelinessRuleTest {

    static final Instant DUE = vn("2026-03-09T17:00");
    final SimpleCalendar calendar = new SimpleCalendar();

    @ParameterizedTest(name = "finished {0} with {1} supplement request(s) → {2}")
    @CsvSource({
            "2026-03-05T10:00, 0, EARLY",
            "2026-03-09T08:00, 0, ON_TIME",
            "2026-03-09T17:00, 0, ON_TIME",
            "2026-03-09T17:01, 0, LATE",
            "2026-03-05T10:00, 1, EARLY",      // one supplement request is allowed
            "2026-03-05T10:00, 2, LATE",       // more than one counts as late, however early
            "2026-03-09T16:00, 3, LATE",
            "2026-03-12T10:00, 1, LATE"})
    void classifiesProcessedDossiers(String finished, int supplements, Timeliness expected) {
        assertThat(TimelinessRule.classify(DossierStatus.RESULT_RETURNED, vn(finished), DUE, supplements, calendar))
                .isEqualTo(expected);
    }

    @Test
    void resultReadyCountsAsProcessedLikeResultReturned() {
        assertThat(TimelinessRule.classify(DossierStatus.RESULT_READY, vn("2026-03-05T10:00"), DUE, 0, calendar))
                .isEqualTo(Timeliness.EARLY);
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = {"RESULT_READY", "RESULT_RETURNED"}, mode = EnumSource.Mode.EXCLUDE)
    void leavesEveryOtherStatusUnclassified(DossierStatus status) {
        // refused, withdrawn and stopped dossiers are counted separately, never in the on-time rate
        assertThat(TimelinessRule.classify(status, vn("2026-03-05T10:00"), DUE, 2, calendar)).isNull();
    }

    @Test
    void leavesADossierWithoutDueOrFinishTimeUnclassified() {
        assertThat(TimelinessRule.classify(DossierStatus.RESULT_RETURNED, null, DUE, 0, calendar)).isNull();
        assertThat(TimelinessRule.classify(DossierStatus.RESULT_RETURNED, vn("2026-03-05T10:00"), null, 0, calendar)).isNull();
    }
}
