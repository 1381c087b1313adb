package org.onedoor.identity.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.onedoor.audit.AuditActor;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Permission;
import org.onedoor.identity.Role;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in account as kept in the security context (no password hash). */
public record AccountPrincipal(String username, String fullName, String agencyCode, Set<Role> roles,
                               Set<Permission> permissions) implements AuthenticatedPrincipal, AuditActor, Serializable {

    @Override
    public String getName() {
        return username;
    }

    public boolean citizen() {
        return roles.contains(Role.CITIZEN);
    }

    /** {@code ROLE_<Role>} and {@code PERM_<Permission>}. */
    public Collection<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name())));
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority("PERM_" + p.name())));
        return authorities;
    }

    public Officer toOfficer() {
        return new Officer(username, fullName, agencyCode, roles, permissions);
    }
}
