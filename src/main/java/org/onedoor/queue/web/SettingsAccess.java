package org.onedoor.queue.web;

import org.onedoor.common.DomainException;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may administer a centre's floor (decision 0441): a centre manager of that centre (his agency is the centre, as
 * for the statistics page), or an administrator for every centre.
 */
@Component
class SettingsAccess {

    private final Officers officers;

    SettingsAccess(Officers officers) {
        this.officers = officers;
    }

    /** @throws DomainException FORBIDDEN ({@code queue.admin.error.notYourCentre}) for anyone else */
    Officer administrator(String centre) {
        return officers.current().filter(o -> may(o, centre))
                .orElseThrow(() -> new DomainException(DomainException.Kind.FORBIDDEN, "queue.admin.error.notYourCentre",
                        centre));
    }

    static boolean may(Officer o, String centre) {
        return o.has(Role.ADMIN) || o.has(Role.CENTRE_MANAGER) && centre.equals(o.agencyCode());
    }
}
