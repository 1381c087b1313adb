package org.onedoor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.agency.AgencyLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The catalogue API over the demo catalogue loaded at start-up on the embedded PostgreSQL. */
@SpringBootTest
@ActiveProfiles("test")
class ProcedureCatalogIntegrationTest {

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCatalogueIsLoadedAtStartUp() {
        assertThat(jdbc.sql("select count(*) from catalog.procedure").query(Integer.class).single()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void searchColumnHasATrigramIndexOnTheEmbeddedPostgresql() {
        assertThat(jdbc.sql("select indexdef from pg_indexes where schemaname = 'catalog' and indexname = 'procedure_search_trgm_idx'")
                .query(String.class).optional()).get().asString().contains("gin_trgm_ops");
    }

    @Test
    void searchIgnoresDiacriticsAndRanksTheExactNameFirst() {
        List<Procedure> found = catalog.search("dang ky khai sinh", 10);
        assertThat(found.get(0).name()).isEqualTo("Đăng ký khai sinh");
        assertThat(found).extracting(Procedure::code).contains("1.000689", "1.004884", "1.001193.000.00.00.H38");
    }

    @Test
    void searchMatchesEveryWordInAnyOrderAndCase() {
        assertThat(catalog.search("KHAI SINH đăng", 10)).extracting(Procedure::code).contains("1.001193", "1.000689");
        assertThat(catalog.search("khai sinh ho chieu", 10)).isEmpty();
    }

    @Test
    void searchFindsAProcedureByCodeAndByEnglishName() {
        assertThat(catalog.search("1.009994", 5)).extracting(Procedure::code)
                .startsWith("1.009994").contains("1.009994.000.00.00.H55");
        assertThat(catalog.search("passport", 5)).extracting(Procedure::code).containsExactly("2.002090");
    }

    @Test
    void searchFiltersBySectorAndLevel() {
        List<Procedure> found = catalog.search(new ProcedureQuery("", "HO_TICH", AgencyLevel.COMMUNE, 100));
        assertThat(found).isNotEmpty().allSatisfy(p -> {
            assertThat(p.sectorCode()).isEqualTo("HO_TICH");
            assertThat(p.competentLevel()).isEqualTo(AgencyLevel.COMMUNE);
        });
        assertThat(catalog.search(new ProcedureQuery("khai sinh", "DAT_DAI", null, 10))).isEmpty();
    }

    @Test
    void searchReturnsOnlyTheCurrentVersion() {
        assertThat(catalog.search("dang ky thanh lap ho kinh doanh", 5)).filteredOn(p -> p.code().equals("2.000720"))
                .singleElement().satisfies(p -> assertThat(p.version()).isEqualTo(2));
    }

    @Test
    void effectiveSelectsTheVersionInForceOnTheDay() {
        assertThat(catalog.effective("2.000720", LocalDate.of(2021, 4, 3))).isEmpty();
        assertThat(catalog.effective("2.000720", LocalDate.of(2021, 4, 4))).map(Procedure::version).contains(1);
        assertThat(catalog.effective("2.000720", LocalDate.of(2025, 6, 30))).map(Procedure::version).contains(1);
        assertThat(catalog.effective("2.000720", LocalDate.of(2025, 7, 1))).map(Procedure::version).contains(2);
        assertThat(catalog.effective("2.000720", LocalDate.of(2030, 1, 1))).map(Procedure::legalBasis).get()
                .asString().contains("168/2025");
    }

    @Test
    void versionReturnsAnExactVersionWithItsComponentsInOrder() {
        Procedure v1 = catalog.version("1.000894", 1).orElseThrow();
        assertThat(v1.effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(v1.channels()).containsExactly(Channel.COUNTER);
        assertThat(v1.components()).extracting(DossierComponent::code).containsExactly("TK01", "TP02", "GT01");
        assertThat(catalog.version("1.000894", 3)).isEmpty();
    }

    @Test
    void procedureCarriesFeesTimeLimitAndEnglishTexts() {
        Procedure p = catalog.effective("2.000815", LocalDate.of(2026, 1, 5)).orElseThrow();
        assertThat(p.timeLimit().unit()).isEqualTo(org.onedoor.common.TimeLimit.Unit.WORKING_HOURS);
        assertThat(p.fees()).extracting(f -> f.amountVnd().intValue()).containsExactly(2000, 1000);
        assertThat(catalog.resultTypeEn("2.000815", 1)).get().asString().contains("certified");
        assertThat(catalog.sectors()).extracting(Sector::nameEn).contains("Civil status", "Land", "Exit and entry");
    }
}
