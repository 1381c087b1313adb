package org.onedoor.queue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.onedoor.queue.ServiceCounter.ProfileStep;

/** Which lines a counter tries, in which order (decision 0403). */
class WorkProfileTest {

    static final long A = 1;
    static final long B = 2;
    static final long C = 3;
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    private static ProfileStep step(long line) {
        return new ProfileStep(line, null);
    }

    private static ProfileStep over(long line, int minutes) {
        return new ProfileStep(line, minutes);
    }

    @Test
    void ordinaryStepsAreTriedInTheirOrder() {
        assertThat(WorkProfile.linesToTry(List.of(step(B), step(A), step(C)), Map.of(), NOW))
                .containsExactly(B, A, C);
    }

    @Test
    void aMetConditionComesBeforeEveryOrdinaryStepWhereverItStands() {
        List<ProfileStep> profile = List.of(step(C), step(B), over(A, 20));
        assertThat(WorkProfile.linesToTry(profile, Map.of(A, NOW.minusSeconds(21 * 60)), NOW))
                .containsExactly(A, C, B);
    }

    @Test
    void anUnmetConditionStepIsNotTriedAtAll() {
        List<ProfileStep> profile = List.of(over(A, 20), step(C));
        assertThat(WorkProfile.linesToTry(profile, Map.of(A, NOW.minusSeconds(19 * 60)), NOW)).containsExactly(C);
        assertThat(WorkProfile.linesToTry(profile, Map.of(), NOW)).as("nobody waits at A").containsExactly(C);
    }

    @Test
    void metConditionsKeepTheirProfileOrderAndALineIsTriedOnce() {
        List<ProfileStep> profile = List.of(over(B, 5), step(A), over(A, 10), step(B));
        Map<Long, Instant> oldest = Map.of(A, NOW.minusSeconds(3600), B, NOW.minusSeconds(3600));
        assertThat(WorkProfile.linesToTry(profile, oldest, NOW)).containsExactly(B, A);
    }

    @ParameterizedTest(name = "waited {0} s against over 20 min: {1}")
    @CsvSource({"1199,false", "1200,false", "1201,true", "7200,true", "-600,false"})
    void theConditionIsALongestWaitStrictlyOverTheLimit(long waitedSeconds, boolean met) {
        assertThat(WorkProfile.conditionMet(over(A, 20), NOW.minusSeconds(waitedSeconds), NOW)).isEqualTo(met);
    }

    @Test
    void onlyConditionLinesNeedTheirLongestWaitRead() {
        assertThat(WorkProfile.conditionLines(List.of(step(A), over(B, 5), over(C, 7), over(B, 9))))
                .containsExactly(B, C);
    }
}
