package org.onedoor.border;

import java.time.LocalDate;

/** Crossing statistics of a gate (border supervisors). */
public interface BorderStatistics {

    /** Persons decided at a gate between two days (Vietnam time), inclusive. */
    CrossingStatistics persons(String gate, LocalDate from, LocalDate to);
}
