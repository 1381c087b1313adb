package org.onedoor.ecopy.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the certified-copy kiosks ({@code onedoor.ecopy.*}).
 *
 * @param kiosks         the kiosks by id, e.g. {@code onedoor.ecopy.kiosks.hoankiem-1.agency-code=000.00.31.H24}
 * @param procedureCode  the catalogue procedure whose fee applies ("Chứng thực bản sao từ bản chính")
 * @param watermark      text printed across every page of an issued copy
 * @param registerNumber the register book ("quyển số") numbers run in; a new book each year by default
 * @param typeCode       the register's type code in the certification number (Circular 01/2020: {@code SCT/BS})
 * @param sessionTimeout a kiosk session not issued within this time expires
 * @param maxPages       most pages one original may have (file sizes, pixels and resolution: onedoor.scan.*)
 * @param validationCacheTtl how long a signature validation report of the public verification is reused for the
 *                       same file (validation takes a second or more; certificates are not revoked by the minute)
 */
@ConfigurationProperties("onedoor.ecopy")
public record EcopyProperties(
        @DefaultValue Map<String, Kiosk> kiosks,
        @DefaultValue("2.000815") String procedureCode,
        @DefaultValue("TTPVHCC") String watermark,
        @DefaultValue("01") String registerNumber,
        @DefaultValue("SCT/BS") String typeCode,
        @DefaultValue("30m") Duration sessionTimeout,
        @DefaultValue("20") int maxPages,
        @DefaultValue("10m") Duration validationCacheTtl) {

    /**
     * @param agencyCode        the certifying agency (commune, ward or centre) whose seal the copies carry
     * @param certifyingOfficer the officer on duty whose personal certificate signs copies the machine verified
     *                          alone; a copy an officer reviewed is signed by that officer
     * @param name              shown on the kiosk's screen
     */
    public record Kiosk(String agencyCode, String certifyingOfficer, String name) {
    }

    public Kiosk kiosk(String id) {
        return kiosks.get(id);
    }
}
