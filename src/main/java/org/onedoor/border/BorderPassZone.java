package org.onedoor.border;

import java.util.Optional;

/**
 * Where a border pass is valid (decision 0520): at {@code gate}, a holder of {@code nationality} resident of
 * {@code homeProvince} may travel within {@code destinationProvince} only.
 */
public record BorderPassZone(String gate, String nationality, String homeProvince, String destinationProvince) {

    /** The zones of the gates. */
    public interface Zones {
        Optional<BorderPassZone> find(String gate, String nationality);
    }
}
