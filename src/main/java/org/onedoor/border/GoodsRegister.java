package org.onedoor.border;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register of vehicle and goods crossings, and the whole register of a gate. Border roles; reads audited. */
public interface GoodsRegister {

    Optional<VehicleCrossingRecord> find(long id);

    /**
     * Vehicle and goods crossings of a gate decided on a day (Vietnam time), newest first.
     *
     * @param plate null for all
     */
    List<VehicleCrossingRecord> search(String gate, LocalDate day, String plate, int limit);

    /** Persons, vehicles and goods decided at a gate on a day, newest first. */
    List<RegisterEntry> entries(String gate, LocalDate day, int limit);
}
