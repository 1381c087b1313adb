package org.onedoor.identity;

import java.util.List;
import java.util.Optional;

/** Officers for other modules: who is calling, and who can be assigned a task. */
public interface Officers {

    /** The officer behind the current request, empty for anonymous callers and citizens. */
    Optional<Officer> current();

    Optional<Officer> find(String username);

    /** Active officers of an agency holding a role (for assignment lists). */
    List<Officer> withRole(String agencyCode, Role role);
}
