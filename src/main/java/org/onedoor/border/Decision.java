package org.onedoor.border;

/** The border guard's decision on a crossing. */
public enum Decision {
    /** Cleared: the person crosses. */
    CLEAR,
    /** Referred to secondary inspection (kiểm tra bổ sung). */
    SECONDARY,
    /** Refused, with a reason (từ chối). */
    REFUSE
}
