package org.onedoor.catalog.internal;

import java.time.Duration;
import java.time.LocalDate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;

import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureQuery;
import org.onedoor.catalog.Sector;
import org.onedoor.common.VietnamTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as other modules read it. "Current" means in force today in Vietnam. */
@Service
@Transactional(readOnly = true)
class JdbcProcedureCatalog implements ProcedureCatalog {

    private final CatalogStore store;
    /**
     * Procedure versions are read on every submission and change only on import: cached per node, dropped after
     * each import ({@link CatalogChanged}) and after a minute at most (imports made on another node).
     */
    private final Cache<Object, Optional<Procedure>> procedures = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    JdbcProcedureCatalog(CatalogStore store) {
        this.store = store;
    }

    @Override
    public Optional<Procedure> effective(String code, LocalDate on) {
        return procedures.get(List.of("effective", code, on), key -> store.effective(code, on));
    }

    @EventListener
    void on(CatalogChanged changed) {
        procedures.invalidateAll();
    }

    @Override
    public Optional<Procedure> version(String code, int version) {
        return procedures.get(List.of("version", code, version), key -> store.version(code, version));
    }

    @Override
    public List<Procedure> search(String query, int limit) {
        return search(new ProcedureQuery(query, null, null, limit));
    }

    @Override
    public List<Procedure> search(ProcedureQuery query) {
        return store.search(query, LocalDate.now(VietnamTime.ZONE));
    }

    @Override
    public List<Sector> sectors() {
        return store.sectors();
    }

    @Override
    public Optional<String> resultTypeEn(String code, int version) {
        return store.resultTypeEn(code, version);
    }
}
