package org.onedoor.catalog.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Fee;
import org.onedoor.common.TimeLimit;

/** One dated version of a procedure: what the law fixes for the period. */
public record VersionDefinition(int version, LocalDate effectiveFrom, LocalDate effectiveTo, TimeLimit timeLimit,
                                List<Fee> fees, List<DossierComponent> components, String resultType,
                                String resultTypeEn, Set<Channel> channels, String legalBasis, String workflow) {

    public VersionDefinition {
        fees = List.copyOf(fees);
        components = List.copyOf(components);
        channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
    }

    boolean overlaps(VersionDefinition other) {
        return !endsBefore(other.effectiveFrom) && !other.endsBefore(effectiveFrom);
    }

    private boolean endsBefore(LocalDate day) {
        return effectiveTo != null && effectiveTo.isBefore(day);
    }
}
