package org.onedoor.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.onedoor.catalog.Procedure;
import org.onedoor.catalog.ProcedureCatalog;
import org.onedoor.catalog.ProcedureQuery;
import org.onedoor.catalog.Sector;
import org.onedoor.common.VietnamTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue as other modules read it. "Current" means in force today in Vietnam. */
@Service
@Transactional(readOnly = true)
class JdbcProcedureCatalog implements ProcedureCatalog {

    private final CatalogStore store;

    JdbcProcedureCatalog(CatalogStore store) {
        this.store = store;
    }

    @Override
    public Optional<Procedure> effective(String code, LocalDate on) {
        return store.effective(code, on);
    }

    @Override
    public Optional<Procedure> version(String code, int version) {
        return store.version(code, version);
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
