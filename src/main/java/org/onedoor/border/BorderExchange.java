package org.onedoor.border;

/** Incoming side of the exchange with the national border-gate system. */
public interface BorderExchange {

    /**
     * Applies a watch-list update once: a repeated {@code updateId} changes nothing.
     *
     * @return true when applied now, false when it had been applied before
     * @throws org.onedoor.common.DomainException INVALID for a malformed update
     */
    boolean apply(WatchListUpdate update);
}
