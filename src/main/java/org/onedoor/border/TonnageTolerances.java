package org.onedoor.border;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The tonnage tolerance of a gate's goods lane (decision 0543): a percentage of the declared tonnes (0–50 %) and a
 * minimum in tonnes, set per gate and optionally per commodity by the station commander (BORDER_SUPERVISOR of the
 * gate, or ADMIN), every change audited; without a setting the typed default {@code onedoor.border.goods.*} applies.
 */
public interface TonnageTolerances {

    /**
     * @param commodity the commodity table code (decision 0511), null for the whole gate
     * @param source    {@code COMMODITY}, {@code GATE} or {@code DEFAULT}: where the figures came from
     */
    record Setting(String gate, String commodity, BigDecimal percent, BigDecimal minimumTonnes, String source,
                   String changedBy, Instant changedAt) {
    }

    /** The tolerance the lane applies to a commodity at a gate (commodity setting, else gate, else default). */
    Setting effective(String gate, String commodity);

    /** The gate's own settings (gate-wide first, then per commodity) and, first of all, the default. Border roles. */
    List<Setting> list(String gate);

    /**
     * Sets (or replaces) a tolerance. Supervisor of the gate only; audited.
     *
     * @throws org.onedoor.common.DomainException INVALID (percent outside 0–50, minimum outside 0–10 t, unknown
     *                                            commodity), FORBIDDEN
     */
    Setting set(String gate, String commodity, BigDecimal percent, BigDecimal minimumTonnes);

    /** Removes a setting so the next level applies again. Supervisor of the gate only; audited. */
    boolean remove(String gate, String commodity);
}
