package org.onedoor.identity;

import java.util.Optional;

/** Citizen accounts for other modules. */
public interface Citizens {

    /** The citizen behind the current request; empty for anonymous callers and officers. */
    Optional<Citizen> current();
}
