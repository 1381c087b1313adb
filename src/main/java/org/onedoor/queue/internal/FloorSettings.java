package org.onedoor.queue.internal;

import java.util.List;

/**
 * A centre's whole floor configuration as the settings page and {@code GET /api/v1/queue/{centre}/settings} show it:
 * the centre's own settings (or the defaults it inherits), its lines with their procedures and appointment slots, and
 * its counters with their work profiles.
 */
public record FloorSettings(String centre, Centre settings, List<Line> lines, List<Counter> counters) {

    /**
     * @param ownTarget  false = the centre inherits {@code onedoor.queue.target-wait}
     * @param ownVisit   false = the centre inherits {@code onedoor.queue.visit.*}
     */
    public record Centre(int targetWaitMinutes, boolean ownTarget, int earlyMinutes, int lateMinutes, int horizonDays,
                         int alertPlaces, boolean ownVisit) {
    }

    /**
     * @param ownSlots false = the line inherits the default slot length and capacity
     * @param openToday tickets of the line still waiting, called, serving or parked today (deactivation is refused)
     */
    public record Line(long id, String prefix, String nameVi, String nameEn, String nameId, int priorityEvery,
                       boolean active, List<String> procedures, int slotMinutes, int capacity, boolean ownSlots,
                       int openToday) {
    }

    /** @param version the counter's version: send it back with a change (decision 0442) */
    public record Counter(String code, String nameVi, String nameEn, String nameId, boolean active, int version,
                          List<Step> profile) {
    }

    /** A work-profile step; {@code longestWaitOverMinutes} null = an ordinary step. */
    public record Step(long lineId, String prefix, Integer longestWaitOverMinutes) {
    }

    /** What a manager may change of a line; {@code slotMinutes} and {@code capacity} both null = leave the slots. */
    public record LineChange(String prefix, String nameVi, String nameEn, String nameId, Integer priorityEvery,
                             List<String> procedures, Integer slotMinutes, Integer capacity) {
    }

    /** A counter's names and state; {@code code} only when creating (a counter's code never changes). */
    public record CounterChange(String code, String nameVi, String nameEn, String nameId, Boolean active) {
    }

    /** A work profile: its steps in order (empty = every line of the centre, oldest first). */
    public record ProfileChange(List<StepChange> steps) {
        public ProfileChange {
            steps = steps == null ? List.of() : steps;
        }
    }

    public record StepChange(Long lineId, Integer longestWaitOverMinutes) {
    }

    public record CentreChange(Integer targetWaitMinutes, Integer earlyMinutes, Integer lateMinutes,
                               Integer horizonDays, Integer alertPlaces) {
    }
}
