package org.onedoor.border;

/** Which way a person crosses (nhập cảnh / xuất cảnh), seen from Vietnam. */
public enum Direction {
    ENTRY, EXIT
}
