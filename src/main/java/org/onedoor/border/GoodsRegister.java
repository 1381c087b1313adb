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

    /**
     * Searches the vehicle and goods register of a gate by date range, plate, kind, decision and direction, newest
     * first, one page (audited, with the criteria).
     */
    VehicleCrossingPage search(VehicleCrossingQuery query);

    /** Persons, vehicles and goods decided at a gate on a day, newest first. */
    List<RegisterEntry> entries(String gate, LocalDate day, int limit);
}
