package org.onedoor.workspace.web;

import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The officer behind the request; a signed-in account that is not an officer gets 403. */
@Component
class CurrentOfficer {

    private final ObjectProvider<Officers> officers;

    CurrentOfficer(ObjectProvider<Officers> officers) {
        this.officers = officers;
    }

    Officer get() {
        return officers.getObject().current().orElseThrow(() -> new AccessDeniedException("not an officer"));
    }
}
