package org.onedoor.identity;

import java.util.Set;

/**
 * An authenticated officer as other modules see it.
 *
 * @param username    login name
 * @param fullName    display name
 * @param agencyCode  the agency the officer works for (QCVN 102 code)
 * @param roles       roles held in that agency
 * @param permissions separately granted sensitive permissions
 */
public record Officer(String username, String fullName, String agencyCode, Set<Role> roles, Set<Permission> permissions) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }
}
