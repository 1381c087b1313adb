package org.onedoor.queue.internal;

/**
 * The priority interleave (decision 0400): a counter's n-th call of the day is a priority turn when n is a multiple
 * of {@code every}. On a priority turn the oldest waiting priority ticket is called, else the oldest normal one; on
 * other turns the oldest normal ticket, else the oldest priority one. With {@code every = 1} priority always goes
 * first.
 */
final class CallRule {

    private CallRule() {
    }

    static boolean priorityTurn(int call, int every) {
        return every <= 1 || call % every == 0;
    }
}
