package org.onedoor.border;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Hook for the weighbridge at a goods lane. A device adapter is a bean implementing this; without one, {@link #NONE}
 * is used and the guard types the weight from the ticket.
 */
public interface WeighScale {

    /** Weighs nothing. */
    WeighScale NONE = (gate, plate) -> Optional.empty();

    /** The net weight in tonnes of the goods on the vehicle now on the bridge, if the scale has one. */
    Optional<BigDecimal> netTonnes(String gate, String plate);
}
