package org.onedoor.audit;

/**
 * Chains the committed, not yet sealed audit rows onto the hash chain. Runs by itself every
 * {@code onedoor.audit.seal-every} (500 ms by default); call {@link #sealNow()} when the chain must be complete
 * now (before a verification, in tests).
 */
public interface AuditSealer {

    /**
     * Seals every audit row committed before the call, in short transactions of a bounded batch each; waits for a
     * sealer running concurrently (on this or another node) to finish.
     *
     * @return how many rows this call sealed
     */
    long sealNow();
}
