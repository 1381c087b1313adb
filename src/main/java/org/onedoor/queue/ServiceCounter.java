package org.onedoor.queue;

import java.util.List;

/**
 * A counter (desk) of a centre with its work profile.
 *
 * @param code    what the board shows and the announcement says ("3")
 * @param profile the lines this counter calls, in order, with their conditions; empty = every line of the centre,
 *                oldest first
 */
public record ServiceCounter(String centre, String code, String nameVi, String nameEn, String nameId,
                             List<ProfileStep> profile) {

    public ServiceCounter {
        profile = profile == null ? List.of() : List.copyOf(profile);
    }

    /**
     * One step of a work profile.
     *
     * @param lineId                 the line to call
     * @param longestWaitOverMinutes null = an ordinary step, tried in its order; a number = a condition step, tried
     *                               before every ordinary step when the line's longest waiting ticket has waited more
     *                               than this many minutes ("call queue X when its longest wait exceeds N minutes")
     */
    public record ProfileStep(long lineId, Integer longestWaitOverMinutes) {
    }
}
