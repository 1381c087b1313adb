package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.common.FieldViolation;
import org.onedoor.queue.internal.FloorSettings.CentreChange;
import org.onedoor.queue.internal.FloorSettings.LineChange;
import org.onedoor.queue.internal.FloorSettings.ProfileChange;
import org.onedoor.queue.internal.FloorSettings.StepChange;

/** The settings' field rules: the ranges of the migrations' checks and the profile's one-step-per-kind rule. */
class SettingsRulesTest {

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    @ParameterizedTest(name = "target {0}, early {1}, late {2}, horizon {3}, alert {4} -> {5}")
    @CsvSource(delimiter = ';', value = {
            "15; 30; 10; 14; 3; ''",
            "1; 0; 0; 1; 1; ''",
            "480; 240; 240; 90; 50; ''",
            "0; 30; 10; 14; 3; targetWaitMinutes",
            "481; -1; 241; 91; 51; targetWaitMinutes earlyMinutes lateMinutes horizonDays alertPlaces",
            "15; 30; 10; 0; 0; horizonDays alertPlaces"})
    void centreSettingsKeepToTheTablesRanges(int target, int early, int late, int horizon, int alert, String wrong) {
        assertThat(fields(SettingsRules.centre(new CentreChange(target, early, late, horizon, alert))))
                .containsExactlyElementsOf(wrong.isBlank() ? List.of() : Arrays.asList(wrong.split(" ")));
    }

    @Test
    void missingNumbersAreRequiredNotZero() {
        assertThat(SettingsRules.centre(new CentreChange(null, 30, 10, 14, 3)))
                .singleElement().satisfies(v -> assertThat(v.messageKey()).isEqualTo("queue.admin.error.required"));
    }

    @ParameterizedTest
    @CsvSource({"A, true", "Z, true", "a, false", "AB, false", "1, false", "Đ, false"})
    void aPrefixIsOneLetterAToZ(String prefix, boolean valid) {
        LineChange line = new LineChange(prefix, "Tên", "Name", "Nama", 3, List.of(), null, null);
        assertThat(fields(SettingsRules.line(line, true)).contains("prefix")).isEqualTo(!valid);
        assertThat(fields(SettingsRules.line(line, false))).as("never checked on a change").doesNotContain("prefix");
    }

    @Test
    void slotsComeBothOrNeither() {
        assertThat(fields(SettingsRules.line(new LineChange("A", "x", "y", "z", 3, List.of(), 15, null), true)))
                .containsExactly("capacity");
        assertThat(SettingsRules.line(new LineChange("A", "x", "y", "z", 3, List.of(), null, null), true)).isEmpty();
        assertThat(fields(SettingsRules.line(new LineChange("A", "x", "y", "z", 3, List.of(), 4, 101), true)))
                .containsExactly("slotMinutes", "capacity");
    }

    @Test
    void aProcedureListedTwiceOrMalformedIsAnError() {
        List<FieldViolation> v = SettingsRules.line(new LineChange("A", "x", "y", "z", 3,
                List.of("1.001193", "1.001193", "bad code"), null, null), true);
        assertThat(v).extracting(FieldViolation::messageKey)
                .containsExactly("queue.admin.error.procedureTwice", "queue.admin.error.procedureCode");
    }

    @Test
    void aLineIsAnOrdinaryStepOnceAndAConditionStepOnce() {
        Set<Long> lines = Set.of(1L, 2L);
        assertThat(SettingsRules.profile(new ProfileChange(List.of(new StepChange(1L, 20), new StepChange(1L, null),
                new StepChange(2L, null))), lines)).isEmpty();
        assertThat(fields(SettingsRules.profile(new ProfileChange(List.of(new StepChange(1L, null),
                new StepChange(1L, null), new StepChange(2L, 5), new StepChange(2L, 9))), lines)))
                .containsExactly("steps[1].lineId", "steps[3].lineId");
    }

    @Test
    void aStepNamesAnActiveLineOfTheCentreAndAWaitOf1To480Minutes() {
        assertThat(fields(SettingsRules.profile(new ProfileChange(List.of(new StepChange(3L, null),
                new StepChange(1L, 0), new StepChange(2L, 481), new StepChange(null, 5))), Set.of(1L, 2L))))
                .containsExactly("steps[0].lineId", "steps[1].longestWaitOverMinutes",
                        "steps[2].longestWaitOverMinutes", "steps[3].lineId");
        assertThat(SettingsRules.profile(new ProfileChange(List.of(new StepChange(1L, 1), new StepChange(2L, 480))),
                Set.of(1L, 2L))).isEmpty();
    }
}
