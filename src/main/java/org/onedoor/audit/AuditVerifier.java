package org.onedoor.audit;

/** Checks the audit trail's hash chain from the first row to the chain head. */
public interface AuditVerifier {

    ChainVerification verify();

    /**
     * @param valid          true when every link holds
     * @param checked        rows checked
     * @param firstBrokenId  id of the first row whose link or hash does not hold (null when valid)
     * @param reason         what was wrong there: {@code hash}, {@code link} or {@code head} (null when valid)
     */
    record ChainVerification(boolean valid, long checked, Long firstBrokenId, String reason) {
    }
}
