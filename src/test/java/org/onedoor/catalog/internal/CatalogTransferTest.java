package org.onedoor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.onedoor.catalog.internal.CatalogFiles.file;
import static org.onedoor.catalog.internal.CatalogFiles.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onedoor.audit.AuditTrail;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The import's rules that do not need a database: validation before any write, audit after it. */
class CatalogTransferTest {

    final List<String> audited = new ArrayList<>();
    final List<ProcedureDefinition> saved = new ArrayList<>();
    Map<String, Set<Integer>> stored = Map.of();

    final CatalogStore store = new CatalogStore(null) {
        @Override
        Map<String, Set<Integer>> storedVersions() {
            return stored;
        }

        @Override
        ImportResult save(List<ProcedureDefinition> procedures) {
            saved.addAll(procedures);
            return new ImportResult(procedures.size(), procedures.size(), 2 * procedures.size());
        }
    };

    CatalogTransfer transfer(boolean withAudit) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (withAudit) {
            beans.addBean("audit", (AuditTrail) (action, type, id, detail) -> audited.add(action + " " + id + ": " + detail));
        }
        return new CatalogTransfer(store, beans.getBeanProvider(AuditTrail.class), event -> { });
    }

    @Test
    void recordsASuccessfulImportInTheAuditTrail() {
        transfer(true).importCatalog(file(procedure("1.000001", "A")), "upload.json");
        assertThat(saved).hasSize(1);
        assertThat(audited).containsExactly("catalog.import upload.json: 1 procedures (1 new), 2 versions");
    }

    @Test
    void writesNothingAndAuditsNothingWhenTheFileHasErrors() {
        assertThatThrownBy(() -> transfer(true).importCatalog(file(procedure("1.000001", "")), "bad.json"))
                .isInstanceOf(CatalogImportException.class);
        assertThat(saved).isEmpty();
        assertThat(audited).isEmpty();
    }

    @Test
    void refusesToDropAStoredVersionBeforeWriting() {
        stored = Map.of("1.000001", Set.of(1, 2, 3));
        assertThatThrownBy(() -> transfer(true).importCatalog(file(procedure("1.000001", "A")), "x"))
                .isInstanceOfSatisfying(CatalogImportException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::messageKey, ImportError::args)
                        .containsExactly(tuple("catalog.import.error.versionDropped", List.of("1.000001", 3))));
        assertThat(saved).isEmpty();
    }

    @Test
    void worksWithoutAnAuditModule() {
        transfer(false).importCatalog(file(procedure("1.000001", "A")), "upload.json");
        assertThat(saved).hasSize(1);
    }
}
