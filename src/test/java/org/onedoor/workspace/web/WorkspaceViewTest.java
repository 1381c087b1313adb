package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.dossier.DossierStatus;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class WorkspaceViewTest {

    static final Instant NOW = Instant.parse("2025-12-03T03:00:00Z");
    final WorkspaceView view = new WorkspaceView(Optional.of(Clock.fixed(NOW, ZoneOffset.UTC)),
            new StaticListableBeanFactory().getBeanProvider(org.onedoor.agency.Agencies.class),
            new StaticListableBeanFactory().getBeanProvider(org.onedoor.calendar.WorkingCalendar.class));

    @ParameterizedTest(name = "{0} min from now, {1} -> ''{2}''")
    @CsvSource({
            "-1,     PROCESSING,           due-late",
            "0,      PROCESSING,           due-soon",
            "1,      PROCESSING,           due-soon",
            "1440,   PROCESSING,           due-soon",
            "1441,   PROCESSING,           due-ok",
            "-600,   SUPPLEMENT_REQUESTED, ''",
            "-600,   RESULT_READY,         ''",
            "-600,   RESULT_RETURNED,      ''",
            "-600,   REFUSED_AT_INTAKE,    ''",
            "30,     NEW,                  due-soon"})
    void colourFollowsTheTimeLeftAndTheStatus(long minutes, DossierStatus status, String css) {
        assertThat(view.dueClass(NOW.plus(Duration.ofMinutes(minutes)), status)).isEqualTo(css);
    }

    @ParameterizedTest
    @CsvSource({"-1, workspace.due.late", "60, workspace.due.soon", "6000, workspace.due.ok"})
    void everyColourHasWords(long minutes, String key) {
        assertThat(view.dueKey(NOW.plus(Duration.ofMinutes(minutes)), DossierStatus.PROCESSING)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void anAgencyIsShownByItsCodeWhileTheAgencyModuleIsAbsent() {
        assertThat(view.agencyName("000.00.12.H23")).isEqualTo("000.00.12.H23");
    }
}
