package org.onedoor.ecopy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onedoor.catalog.Fee;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.springframework.stereotype.Component;

/**
 * The fee of a certified copy, from the catalogue's "certified copy from the original" procedure (Circular
 * 226/2016/TT-BTC): its first fee covers the first and second page, its second fee each further page, at most
 * {@value #CAP_VND} đồng per copy (the cap is in the Circular, not in the catalogue's data; decision 0363).
 */
@Component
public class CopyFee {

    static final long CAP_VND = 200_000;

    private final ProcedureCatalog catalog;
    private final EcopyProperties properties;
    private final Clock clock;

    CopyFee(ProcedureCatalog catalog, EcopyProperties properties, java.util.Optional<Clock> clock) {
        this.catalog = catalog;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    public long forPages(int pages) {
        LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
        List<Fee> fees = catalog.effective(properties.procedureCode(), today)
                .orElseThrow(() -> new DomainException(DomainException.Kind.UNPROCESSABLE, "ecopy.fee.noProcedure",
                        properties.procedureCode()))
                .fees();
        return of(fees, pages);
    }

    static long of(List<Fee> fees, int pages) {
        if (fees.isEmpty()) {
            return 0;
        }
        long first = fees.get(0).amountVnd().longValueExact();
        long further = fees.size() > 1 ? fees.get(1).amountVnd().longValueExact() : 0;
        return Math.min(CAP_VND, first + Math.max(0, pages - 2) * further);
    }
}
