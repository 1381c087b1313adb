package org.onedoor.catalog;

import org.onedoor.agency.AgencyLevel;

/**
 * A catalogue search with filters.
 *
 * @param text           words or a code; blank lists every current procedure
 * @param sectorCode     only this sector, or null
 * @param competentLevel only procedures decided at this level, or null
 * @param limit          at most this many results (1–500)
 */
public record ProcedureQuery(String text, String sectorCode, AgencyLevel competentLevel, int limit) {

    public ProcedureQuery {
        text = text == null ? "" : text;
        sectorCode = sectorCode == null || sectorCode.isBlank() ? null : sectorCode;
        limit = Math.max(1, Math.min(limit, 500));
    }
}
