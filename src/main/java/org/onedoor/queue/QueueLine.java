package org.onedoor.queue;

/**
 * A queue of a centre with its own number series.
 *
 * @param prefix        the letter of its ticket codes ({@code A})
 * @param priorityEvery every n-th call of a counter takes the oldest waiting priority ticket (decision 0400)
 */
public record QueueLine(long id, String centre, String prefix, String nameVi, String nameEn, String nameId,
                        int priorityEvery) {
}
