package org.onedoor.audit;

import java.time.Duration;
import java.time.Instant;

/**
 * Checks the audit trail's hash chain from the first row to the chain head, in chain order ({@code chain_seq}),
 * and reports the rows not sealed yet: those are committed but not yet tamper-evident.
 */
public interface AuditVerifier {

    ChainVerification verify();

    /** The committed rows the sealer has not chained yet (cheap: an index of the unsealed rows only). */
    Unsealed unsealed();

    /**
     * Checks the public read log (reads by the anonymous public, decision 0260): its blocks in order from the first
     * to the head, each block's reads against the block's hash.
     */
    ReadLogVerification verifyReadLog();

    /**
     * @param valid            true when every block holds
     * @param blocks           blocks checked and found intact
     * @param reads            reads in those blocks
     * @param firstBrokenBlock sequence number of the first block that does not hold (null when valid)
     * @param reason           {@code link} (a block deleted or inserted), {@code rows} (a read deleted or added),
     *                         {@code hash} (a read altered, or reads reordered), {@code head} (the newest blocks
     *                         deleted); null when valid
     */
    record ReadLogVerification(boolean valid, long blocks, long reads, Long firstBrokenBlock, String reason) {
    }

    /**
     * @param valid          true when every link holds
     * @param checked        sealed rows checked
     * @param firstBrokenId  id of the first row whose link or hash does not hold (null when valid)
     * @param reason         what was wrong there: {@code hash}, {@code link} or {@code head} (null when valid)
     * @param unsealed       committed rows not chained yet (not covered by this check)
     */
    record ChainVerification(boolean valid, long checked, Long firstBrokenId, String reason, Unsealed unsealed) {

        /** Compatibility constructor: no unsealed rows. */
        public ChainVerification(boolean valid, long checked, Long firstBrokenId, String reason) {
            this(valid, checked, firstBrokenId, reason, Unsealed.NONE);
        }
    }

    /**
     * @param rows          committed rows without a hash yet
     * @param oldestAt      when the oldest of them was recorded (null when none)
     * @param oldestAge     how long ago that was, at the time of the check ({@link Duration#ZERO} when none)
     */
    record Unsealed(long rows, Instant oldestAt, Duration oldestAge) {

        public static final Unsealed NONE = new Unsealed(0, null, Duration.ZERO);

        /** Age of the oldest unsealed row in whole seconds (for display). */
        public long oldestAgeSeconds() {
            return oldestAge.toSeconds();
        }
    }
}
