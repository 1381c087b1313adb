package org.onedoor.common;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The legal time of the reference jurisdiction: all deadlines and codes are computed in this zone. */
public final class VietnamTime {

    /** UTC+07:00, no daylight saving. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Date-time format of the national portal exchange (DOMAIN.md §7). */
    public static final DateTimeFormatter PORTAL_FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZONE);

    private VietnamTime() {
    }
}
