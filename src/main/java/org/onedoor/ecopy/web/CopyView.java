package org.onedoor.ecopy.web;

import java.time.Instant;

import org.onedoor.ecopy.internal.RegisterEntry;

/** An issued copy as the kiosk API answers it. */
record CopyView(String code, String certificationNumber, String agencyCode, String agencyName, String documentType,
                int pages, String officerName, Instant issuedAt, String sha256, long size, String verifyUrl) {

    static CopyView of(RegisterEntry e, String verifyUrl) {
        return new CopyView(e.code(), e.certificationNumber(), e.agencyCode(), e.agencyName(), e.documentType(),
                e.pages(), e.officerName(), e.issuedAt(), e.sha256(), e.size() == null ? 0 : e.size(), verifyUrl);
    }
}
