package org.onedoor.workspace.web;

import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The officer behind the request; a signed-in account that is not an officer gets 403. */
@Component
class CurrentOfficer {

    private final Officers officers;

    CurrentOfficer(Officers officers) {
        this.officers = officers;
    }

    Officer get() {
        return officers.current().orElseThrow(() -> new AccessDeniedException("not an officer"));
    }
}
