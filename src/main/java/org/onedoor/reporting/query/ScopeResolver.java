package org.onedoor.reporting.query;

import java.util.Optional;

import org.onedoor.agency.Agency;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.onedoor.reporting.ReportingProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who sees what in reports: an administrator sees every agency; a leader of a province sees the whole province;
 * every other officer sees their agency and the agencies under it. A caller who is not a known officer sees
 * nothing (fail closed).
 */
@Component
public class ScopeResolver {

    private final ObjectProvider<Officers> officers;
    private final AgencyTree agencies;
    private final ReportingProperties properties;

    ScopeResolver(ObjectProvider<Officers> officers, AgencyTree agencies, ReportingProperties properties) {
        this.officers = officers;
        this.agencies = agencies;
        this.properties = properties;
    }

    public ReportScope current() {
        if (hasAuthority("ROLE_" + Role.ADMIN.name())) {
            return ReportScope.everything();
        }
        Officers directory = officers.getIfAvailable();
        if (directory == null) {
            return properties.unscopedWithoutOfficers() ? ReportScope.everything() : ReportScope.nothing();
        }
        return directory.current().map(this::scopeOf).orElse(ReportScope.nothing());
    }

    ReportScope scopeOf(Officer officer) {
        if (officer.has(Role.ADMIN)) {
            return ReportScope.everything();
        }
        Optional<Agency> agency = agencies.find(officer.agencyCode());
        if (officer.has(Role.LEADER) && agency.map(a -> a.level() == AgencyLevel.PROVINCE).orElse(false)) {
            return ReportScope.of(agencies.province(agency.get().code()));
        }
        return ReportScope.of(agencies.withDescendants(officer.agencyCode()));
    }

    private static boolean hasAuthority(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
