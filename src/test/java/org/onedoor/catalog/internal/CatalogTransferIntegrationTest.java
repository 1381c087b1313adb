package org.onedoor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.catalog.internal.CatalogFiles.file;
import static org.onedoor.catalog.internal.CatalogFiles.lineOf;
import static org.onedoor.catalog.internal.CatalogFiles.procedure;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onedoor.catalog.ProcedureCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

/** Import and export against the database; every test rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CatalogTransferIntegrationTest {

    @Autowired
    CatalogTransfer transfer;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importAddsNewProceduresAndReplacesExistingOnes() {
        ImportResult first = transfer.importCatalog(file(procedure("1.999001", "Thủ tục thử nghiệm")), "test");
        assertThat(first).isEqualTo(new ImportResult(1, 1, 2));
        assertThat(catalog.search("thu tuc thu nghiem", 5)).extracting("code").containsExactly("1.999001");

        ImportResult second = transfer.importCatalog(file(procedure("1.999001", "Thủ tục đã đổi tên")), "test");
        assertThat(second).isEqualTo(new ImportResult(1, 0, 2));
        assertThat(catalog.effective("1.999001", LocalDate.of(2026, 1, 5)).orElseThrow().name()).isEqualTo("Thủ tục đã đổi tên");
        assertThat(catalog.search("thu nghiem", 5)).isEmpty();
    }

    @Test
    void importIsAllOrNothing() {
        int before = count();
        String json = file(procedure("1.999002", "Hợp lệ"), procedure("1.999003", "Không hợp lệ").replace("\"COMMUNE\"", "\"DISTRICT\""));
        assertThatThrownBy(() -> transfer.importCatalog(json, "test"))
                .isInstanceOfSatisfying(CatalogImportException.class, e -> assertThat(e.errors())
                        .extracting(ImportError::line).containsExactly(lineOf(json, "DISTRICT")));
        assertThat(count()).isEqualTo(before);
        assertThat(catalog.version("1.999002", 1)).isEmpty();
    }

    @Test
    void importMayNotDropAStoredVersion() {
        transfer.importCatalog(file(procedure("1.999004", "Hai phiên bản")), "test");
        String onlyFirst = procedure("1.999004", "Hai phiên bản");
        onlyFirst = onlyFirst.substring(0, onlyFirst.indexOf("    },\n    {")) + "    }\n  ]\n}";
        String json = file(onlyFirst);
        assertThatThrownBy(() -> transfer.importCatalog(json, "test"))
                .isInstanceOfSatisfying(CatalogImportException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> {
                            assertThat(err.messageKey()).isEqualTo("catalog.import.error.versionDropped");
                            assertThat(err.line()).isEqualTo(lineOf(json, "\"code\": \"1.999004\"") - 1);
                        }));
        assertThat(catalog.version("1.999004", 2)).isPresent();
    }

    @Test
    void exportThenImportIntoAnEmptyCatalogueThenExportGivesTheSameFile() {
        String exported = transfer.exportCatalog();
        assertThat(exported).contains("\"formatVersion\" : 1").contains("Đăng ký khai sinh");

        jdbc.sql("delete from catalog.procedure").update();
        assertThat(count()).isZero();
        ImportResult result = transfer.importCatalog(exported, "round-trip");

        assertThat(result.created()).isEqualTo(result.procedures()).isGreaterThanOrEqualTo(40);
        assertThat(transfer.exportCatalog()).isEqualTo(exported);
    }

    private int count() {
        return jdbc.sql("select count(*) from catalog.procedure").query(Integer.class).single();
    }
}
