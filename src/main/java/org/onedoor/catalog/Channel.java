package org.onedoor.catalog;

/** How a dossier reaches the administration. */
public enum Channel {
    ONLINE,
    COUNTER,
    KIOSK,
    POSTAL,
    /** An officer submits on behalf of a citizen who cannot use the internet ("hỗ trợ nộp"). */
    ASSISTED
}
