package org.onedoor.identity.internal;

import java.util.List;
import java.util.Optional;

import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** {@link Officers} from the security context and the account table. Citizens and disabled accounts are not officers. */
@Service
class JdbcOfficers implements Officers {

    private final AccountStore accounts;

    JdbcOfficers(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<Officer> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal && !principal.citizen()) {
            return Optional.of(principal.toOfficer());
        }
        return Optional.empty();
    }

    @Override
    public Optional<Officer> find(String username) {
        return accounts.find(username).filter(a -> a.enabled() && !a.roles().contains(Role.CITIZEN))
                .map(a -> a.principal().toOfficer());
    }

    @Override
    public List<Officer> withRole(String agencyCode, Role role) {
        return accounts.withRole(agencyCode, role).stream().map(a -> a.principal().toOfficer()).toList();
    }
}
