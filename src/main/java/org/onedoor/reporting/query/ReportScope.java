package org.onedoor.reporting.query;

import java.util.HashSet;
import java.util.Set;

/**
 * The agencies whose dossiers a caller may see in reports. A dossier is visible when its receiving or its
 * competent agency is in the scope (an officer sees the agency's own dossiers and those its centre received).
 */
public record ReportScope(boolean unrestricted, Set<String> agencyCodes) {

    public ReportScope {
        agencyCodes = Set.copyOf(agencyCodes);
    }

    public static ReportScope everything() {
        return new ReportScope(true, Set.of());
    }

    public static ReportScope nothing() {
        return new ReportScope(false, Set.of());
    }

    public static ReportScope of(Set<String> codes) {
        return new ReportScope(false, codes);
    }

    /** Narrow to the agencies of a filter (an agency and its descendants); null keeps the scope as it is. */
    public ReportScope narrowTo(Set<String> filterCodes) {
        if (filterCodes == null) {
            return this;
        }
        if (unrestricted) {
            return of(filterCodes);
        }
        Set<String> both = new HashSet<>(agencyCodes);
        both.retainAll(filterCodes);
        return of(both);
    }

    public boolean allows(String agencyCode) {
        return unrestricted || agencyCodes.contains(agencyCode);
    }
}
