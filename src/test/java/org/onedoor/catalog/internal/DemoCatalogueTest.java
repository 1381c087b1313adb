package org.onedoor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.common.TimeLimit;

/** The demo catalogue is valid and as broad as the issue asks. */
class DemoCatalogueTest {

    static List<ProcedureDefinition> demo;

    @BeforeAll
    static void read() throws Exception {
        CatalogReader.Result result = CatalogReader.read(DemoCatalogLoader.demoCatalogue());
        assertThat(result.errors()).isEmpty();
        demo = result.procedures();
    }

    @Test
    void holdsAtLeastFortyProcedures() {
        assertThat(demo).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void coversTheRequiredSectorsAndLevels() {
        assertThat(demo).extracting(p -> p.sector().code()).contains("HO_TICH", "CHUNG_THUC", "CU_TRU", "DAT_DAI",
                "XAY_DUNG", "DKKD", "LAO_DONG", "GIAO_DUC", "Y_TE", "GIAO_THONG", "TU_PHAP", "XNC");
        assertThat(demo).extracting(ProcedureDefinition::competentLevel)
                .contains(AgencyLevel.COMMUNE, AgencyLevel.DEPARTMENT, AgencyLevel.OTHER);
        assertThat(demo).anyMatch(ProcedureDefinition::boundaryFree).anyMatch(p -> !p.boundaryFree());
    }

    @Test
    void usesOnlyTheAgreedWorkflowTemplates() {
        Set<String> workflows = demo.stream().flatMap(p -> p.versions().stream()).map(VersionDefinition::workflow)
                .collect(Collectors.toSet());
        assertThat(workflows).isEqualTo(Set.of("same-day", "simple", "standard", "consultation"));
    }

    @Test
    void everyVersionHasTwoToFiveComponents() {
        assertThat(demo.stream().flatMap(p -> p.versions().stream()))
                .allSatisfy(v -> assertThat(v.components()).hasSizeBetween(2, 5));
    }

    @Test
    void includesTheProceduresTheIssueNamesWithTheirLegalTimeLimits() {
        Map<String, ProcedureDefinition> byCode = demo.stream().collect(Collectors.toMap(ProcedureDefinition::code, p -> p));
        assertThat(current(byCode.get("1.001193")).timeLimit()).isEqualTo(TimeLimit.days(0));     // birth: same day
        assertThat(current(byCode.get("1.000894")).timeLimit()).isEqualTo(TimeLimit.days(0));     // marriage
        assertThat(current(byCode.get("2.000815")).timeLimit().unit()).isEqualTo(TimeLimit.Unit.WORKING_HOURS); // certified copy
        assertThat(current(byCode.get("1.004222")).timeLimit()).isEqualTo(TimeLimit.days(7));     // permanent residence
        assertThat(current(byCode.get("2.000720")).timeLimit()).isEqualTo(TimeLimit.days(3));     // household business
        assertThat(current(byCode.get("1.012756")).timeLimit().amount()).isGreaterThanOrEqualTo(20); // first land certificate
        assertThat(current(byCode.get("1.009994")).timeLimit()).isEqualTo(TimeLimit.days(15));    // individual house permit
        assertThat(byCode.get("2.001933").name()).contains("Campuchia");                          // border pass
        assertThat(byCode.get("2.001933").competentLevel()).isEqualTo(AgencyLevel.OTHER);
    }

    @Test
    void includesLocalVariantsAndADatedSecondVersion() {
        assertThat(demo).anyMatch(p -> p.code().equals("1.001193.000.00.00.H38") && p.nationalCode().equals("1.001193"));
        assertThat(demo).filteredOn(p -> p.versions().size() >= 2).extracting(ProcedureDefinition::code)
                .contains("2.000720", "1.000894");
    }

    private static VersionDefinition current(ProcedureDefinition p) {
        return p.versions().stream().filter(v -> v.effectiveTo() == null).findFirst().orElseThrow();
    }
}
