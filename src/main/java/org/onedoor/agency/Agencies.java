package org.onedoor.agency;

import java.util.List;
import java.util.Optional;

/** Look-up of agencies for other modules. Codes of either official format are accepted. */
public interface Agencies {

    Optional<Agency> find(String code);

    /** All agencies, active and historical, ordered by province then code. */
    List<Agency> all();

    /** Direct children of an agency (departments, communes, centres of a province …). */
    List<Agency> children(String code);

    /** The active agency that now stands for {@code code}: itself, or the end of its chain of successors. */
    Optional<Agency> current(String code);
}
