package org.onedoor.reporting.query;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The agency and procedure part of a report query, plus the period and "now" as parameters. Periods are applied
 * per figure (received in the period, processed in the period), so they are parameters, not part of the clause.
 */
record FactCriteria(String where, Map<String, Object> params) {

    static FactCriteria of(ReportFilter filter, ReportScope scope, Instant now) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        restrictTo(scope, where, params);
        if (filter.procedure() != null) {
            where.append(" and procedure_code = :procedure");
            params.put("procedure", filter.procedure());
        }
        params.put("start", Timestamp.from(filter.start()));
        params.put("end", Timestamp.from(filter.end()));
        params.put("now", Timestamp.from(now));
        return new FactCriteria(where.toString(), Map.copyOf(params));
    }

    /** Only the scope, no period: for listing what the filter can offer. */
    static FactCriteria of(ReportScope scope) {
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new HashMap<>();
        restrictTo(scope, where, params);
        return new FactCriteria(where.toString(), Map.copyOf(params));
    }

    private static void restrictTo(ReportScope scope, StringBuilder where, Map<String, Object> params) {
        if (!scope.unrestricted()) {
            if (scope.agencyCodes().isEmpty()) {
                where.append(" and false");
            } else {
                where.append(" and (competent_agency_code in (:codes) or receiving_agency_code in (:codes))");
                params.put("codes", List.copyOf(scope.agencyCodes()));
            }
        }
    }
}
