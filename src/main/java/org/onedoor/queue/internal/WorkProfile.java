package org.onedoor.queue.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onedoor.queue.ServiceCounter.ProfileStep;

/**
 * The order in which a counter tries its lines (decision 0403): first the condition steps whose condition is met
 * (the line's longest waiting ticket has waited MORE than N minutes), in profile order, then the ordinary steps in
 * profile order. A line is tried once. Within a line the priority interleave applies (decision 0400).
 */
final class WorkProfile {

    private WorkProfile() {
    }

    /**
     * @param steps         the counter's profile
     * @param oldestWaiting per line, the place ({@code queueAt}) of its oldest waiting ticket; absent = nobody waits
     * @param now           the moment of the call
     */
    static List<Long> linesToTry(List<ProfileStep> steps, Map<Long, Instant> oldestWaiting, Instant now) {
        Set<Long> order = new LinkedHashSet<>();
        for (ProfileStep step : steps) {
            if (step.longestWaitOverMinutes() != null && conditionMet(step, oldestWaiting.get(step.lineId()), now)) {
                order.add(step.lineId());
            }
        }
        for (ProfileStep step : steps) {
            if (step.longestWaitOverMinutes() == null) {
                order.add(step.lineId());
            }
        }
        return new ArrayList<>(order);
    }

    static boolean conditionMet(ProfileStep step, Instant oldest, Instant now) {
        return oldest != null
                && Duration.between(oldest, now).compareTo(Duration.ofMinutes(step.longestWaitOverMinutes())) > 0;
    }

    /** The lines with condition steps (the only ones whose longest wait must be read before a call). */
    static List<Long> conditionLines(List<ProfileStep> steps) {
        return steps.stream().filter(s -> s.longestWaitOverMinutes() != null).map(ProfileStep::lineId).distinct()
                .toList();
    }
}
