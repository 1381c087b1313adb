package org.onedoor.border;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The crossing register (sổ theo dõi người xuất nhập cảnh): decided crossings. Border roles only; every read is
 * recorded in the audit trail.
 */
public interface CrossingRegister {

    Optional<CrossingRecord> find(long id);

    /**
     * Crossings of a gate decided on a day (Vietnam time), newest first.
     *
     * @param documentNumber null for all
     */
    List<CrossingRecord> search(String gate, LocalDate day, String documentNumber, int limit);

    /**
     * Searches the register of a gate by date range, name, document number, nationality, decision and direction,
     * newest first, one page (audited, with the criteria).
     */
    CrossingPage search(CrossingQuery query);
}
