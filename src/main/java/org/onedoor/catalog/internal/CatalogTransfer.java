package org.onedoor.catalog.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onedoor.audit.AuditTrail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Import and export of the whole catalogue as a JSON file (docs/catalog-format.md). An import is all or
 * nothing: one transaction, and nothing is written when the file has any error.
 */
@Service
public class CatalogTransfer {

    private final CatalogStore store;
    /** The audit module is written in parallel; when it is absent the catalogue still works. */
    private final ObjectProvider<AuditTrail> audit;

    private final ApplicationEventPublisher events;

    CatalogTransfer(CatalogStore store, ObjectProvider<AuditTrail> audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Validates the file, then writes every procedure in it (new ones added, existing ones replaced).
     *
     * @param source a name for the audit trail, e.g. the uploaded file name
     * @throws CatalogImportException with every error found; nothing is written
     */
    @Transactional
    public ImportResult importCatalog(String json, String source) {
        CatalogReader.Result read = CatalogReader.read(json);
        if (!read.errors().isEmpty()) {
            throw new CatalogImportException(read.errors());
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Set<Integer>> stored = store.storedVersions();
        for (ProcedureDefinition p : read.procedures()) {
            Set<Integer> inFile = new HashSet<>(p.versions().stream().map(VersionDefinition::version).toList());
            for (Integer kept : stored.getOrDefault(p.code(), Set.of())) {
                if (!inFile.contains(kept)) {
                    // a dossier may have been received under that version: it must stay resolvable
                    CatalogReader.Location at = read.locations().get(p.code());
                    errors.add(new ImportError(at.line(), at.path() + ".versions", "catalog.import.error.versionDropped",
                            List.of(p.code(), kept)));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CatalogImportException(errors.stream()
                    .sorted(Comparator.comparingInt(ImportError::line)).toList());
        }
        ImportResult result;
        try {
            result = store.save(read.procedures());
        } catch (DataIntegrityViolationException e) {
            // a database constraint the reader does not know yet: still reported, still nothing written
            throw new CatalogImportException(List.of(new ImportError(1, "$", "catalog.import.error.database",
                    List.of(String.valueOf(e.getMostSpecificCause().getMessage())))));
        }
        // cached procedure versions are dropped once the new ones are visible to other transactions
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    events.publishEvent(new CatalogChanged());
                }
            });
        } else {
            events.publishEvent(new CatalogChanged());
        }
        audit.ifAvailable(a -> a.record("catalog.import", "catalog", source,
                result.procedures() + " procedures (" + result.created() + " new), " + result.versions() + " versions"));
        return result;
    }

    /** The whole catalogue, every version, in the import format. */
    @Transactional
    public String exportCatalog() {
        List<ProcedureDefinition> all = store.all();
        audit.ifAvailable(a -> a.record("catalog.export", "catalog", "catalog", all.size() + " procedures"));
        return CatalogWriter.write(all);
    }
}
