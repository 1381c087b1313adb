package org.onedoor.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.onedoor.catalog.internal.CatalogFiles.file;
import static org.onedoor.catalog.internal.CatalogFiles.lineOf;
import static org.onedoor.catalog.internal.CatalogFiles.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Channel;
import org.onedoor.common.TimeLimit;

/** Every kind of error a catalogue file can have, each reported with its line and JSON path. */
class CatalogReaderTest {

    static final String A = procedure("1.000001", "Thủ tục A");
    static final String B = procedure("1.000002", "Thủ tục B");

    @Test
    void readsAValidFileIntoDefinitions() {
        CatalogReader.Result result = CatalogReader.read(file(A));

        assertThat(result.errors()).isEmpty();
        ProcedureDefinition p = result.procedures().get(0);
        assertThat(p.code()).isEqualTo("1.000001");
        assertThat(p.sector().nameEn()).isEqualTo("Civil status");
        assertThat(p.competentLevel()).isEqualTo(AgencyLevel.COMMUNE);
        assertThat(p.versions()).hasSize(2);
        VersionDefinition v1 = p.versions().get(0);
        assertThat(v1.effectiveTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(v1.fees().get(0).amountVnd()).isEqualByComparingTo(BigDecimal.valueOf(15000));
        assertThat(v1.components()).extracting("code", "originals", "copies", "mandatory", "template")
                .containsExactly(tuple("TK01", 1, 0, true, "TK"), tuple("TP02", 0, 1, false, null));
        assertThat(v1.channels()).containsExactly(Channel.ONLINE, Channel.COUNTER);
        assertThat(p.versions().get(1).timeLimit()).isEqualTo(TimeLimit.hours(4));
        assertThat(p.versions().get(1).effectiveTo()).isNull();
    }

    @Test
    void syntaxErrorIsReportedAtItsLine() {
        String json = file(A.replace("\"level\": \"FULL_ONLINE\",", "\"level\": \"FULL_ONLINE\""));
        assertThat(errors(json)).singleElement()
                .satisfies(e -> {
                    assertThat(e.messageKey()).isEqualTo("catalog.import.error.syntax");
                    assertThat(e.line()).isEqualTo(lineOf(json, "\"competentLevel\""));
                });
    }

    @Test
    void missingFieldIsReportedAtTheLineOfItsObject() {
        String json = file(A.replace("  \"nameEn\": \"Test procedure\",\n", ""));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::path, ImportError::messageKey)
                .containsExactly(tuple(lineOf(json, "{", 2), "$.procedures[0].nameEn", "catalog.import.error.required"));
    }

    @Test
    void wrongTypesAreReportedAtTheValue() {
        String json = file(A.replace("\"boundaryFree\": true", "\"boundaryFree\": \"yes\"")
                .replace("\"version\": 2", "\"version\": \"2\""));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::path, ImportError::messageKey).containsExactly(
                tuple(lineOf(json, "boundaryFree"), "$.procedures[0].boundaryFree", "catalog.import.error.type.boolean"),
                tuple(lineOf(json, "\"version\": \"2\""), "$.procedures[0].versions[1].version", "catalog.import.error.type.integer"));
    }

    @Test
    void unknownConstantsAreReportedWithTheAllowedValues() {
        String json = file(A.replace("\"unit\": \"WORKING_HOURS\"", "\"unit\": \"HOURS\"")
                .replace("[ \"ONLINE\" ]", "[ \"ONLINE\", \"FAX\" ]"));
        List<ImportError> errors = errors(json);
        assertThat(errors).extracting(ImportError::line, ImportError::path).containsExactly(
                tuple(lineOf(json, "\"HOURS\""), "$.procedures[0].versions[1].timeLimit.unit"),
                tuple(lineOf(json, "FAX"), "$.procedures[0].versions[1].channels[1]"));
        assertThat(errors.get(0).args()).containsExactly("[WORKING_DAYS, WORKING_HOURS]");
    }

    @Test
    void malformedCodesAreRejected() {
        String json = file(A.replace("\"code\": \"1.000001\"", "\"code\": \"1.00001\""),
                procedure("1.000002.000.00.00.H38", "Biến thể").replace("\"nationalCode\": \"1.000002\"", "\"nationalCode\": \"1.000003\""));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(lineOf(json, "\"1.00001\""), "catalog.import.error.code"),
                tuple(lineOf(json, "\"1.000002.000.00.00.H38\""), "catalog.import.error.codeNotOfNational"));
    }

    @Test
    void acceptsALocalVariantOfANationalCode() {
        assertThat(errors(file(A, procedure("1.000001.000.00.00.H38", "Biến thể địa phương")))).isEmpty();
    }

    @Test
    void duplicateProcedureCodeNamesTheFirstLine() {
        String json = file(A, B, A);
        assertThat(errors(json)).singleElement().satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo("catalog.import.error.duplicateCode");
            assertThat(e.path()).isEqualTo("$.procedures[2].code");
            assertThat(e.line()).isEqualTo(lineOf(json, "\"code\": \"1.000001\"", 2) - 1);
            assertThat(e.args()).containsExactly("1.000001", lineOf(json, "\"code\": \"1.000001\"") - 1);
        });
    }

    @Test
    void overlappingVersionsAreRejected() {
        String json = file(A.replace("\"effectiveTo\": \"2025-06-30\"", "\"effectiveTo\": \"2025-07-01\""));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::path, ImportError::messageKey)
                .containsExactly(tuple(lineOf(json, "\"version\": 2") - 1, "$.procedures[0].versions[1].effectiveFrom",
                        "catalog.import.error.overlap"));
    }

    @Test
    void twoOpenEndedVersionsOverlap() {
        String json = file(A.replace("      \"effectiveTo\": \"2025-06-30\",\n", ""));
        assertThat(errors(json)).extracting(ImportError::messageKey).containsExactly("catalog.import.error.overlap");
    }

    @Test
    void periodEndingBeforeItStartsIsRejected() {
        String json = file(A.replace("\"effectiveTo\": \"2025-06-30\"", "\"effectiveTo\": \"2019-12-31\""));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::messageKey)
                .containsExactly(tuple(lineOf(json, "2019-12-31"), "catalog.import.error.periodOrder"));
    }

    @Test
    void duplicateVersionNumberIsRejected() {
        String json = file(A.replace("\"version\": 2", "\"version\": 1"));
        assertThat(errors(json)).extracting(ImportError::messageKey, ImportError::args)
                .containsExactly(tuple("catalog.import.error.duplicateVersion", List.of(1, lineOf(json, "\"version\": 1") - 1)));
    }

    @Test
    void componentCountsMustBePositiveAndNotBothZero() {
        String json = file(A.replace("\"originals\": 1, \"copies\": 0, \"mandatory\": true, \"template\"",
                        "\"originals\": -1, \"copies\": 0, \"mandatory\": true, \"template\"")
                .replace("\"originals\": 0, \"copies\": 1", "\"originals\": 0, \"copies\": 0"));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::path, ImportError::messageKey).containsExactly(
                tuple(lineOf(json, "-1"), "$.procedures[0].versions[0].components[0].originals", "catalog.import.error.min"),
                tuple(lineOf(json, "\"TP02\""), "$.procedures[0].versions[0].components[1]", "catalog.import.error.noPaper"));
    }

    @Test
    void duplicateComponentCodeIsRejected() {
        String json = file(A.replace("\"TP02\"", "\"TK01\""));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::messageKey)
                .containsExactly(tuple(lineOf(json, "\"TK01\"", 2), "catalog.import.error.duplicateComponent"));
    }

    @Test
    void unknownFieldsAndDuplicateKeysAreRejected() {
        String json = file(A.replace("\"level\": \"FULL_ONLINE\",", "\"levl\": \"FULL_ONLINE\",\n  \"name\": \"again\","));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::messageKey).containsExactlyInAnyOrder(
                tuple(lineOf(json, "\"again\""), "catalog.import.error.duplicateKey"),
                tuple(lineOf(json, "levl"), "catalog.import.error.unknownField"),
                tuple(lineOf(json, "{", 2), "catalog.import.error.required"));
    }

    @Test
    void badDatesNegativeFeesAndEmptyListsAreRejected() {
        String json = file(A.replace("\"2020-01-01\"", "\"01/01/2020\"").replace("15000", "-5")
                .replace("[ \"ONLINE\" ]", "[]"));
        assertThat(errors(json)).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(lineOf(json, "01/01/2020"), "catalog.import.error.date"),
                tuple(lineOf(json, "-5"), "catalog.import.error.min"),
                tuple(lineOf(json, "\"channels\": []"), "catalog.import.error.emptyList"));
    }

    @Test
    void unsupportedFormatVersionIsRejected() {
        String json = file(A).replace("\"formatVersion\": 1", "\"formatVersion\": 2");
        assertThat(errors(json)).extracting(ImportError::line, ImportError::messageKey)
                .containsExactly(tuple(2, "catalog.import.error.formatVersion"));
    }

    @Test
    void reportsEveryErrorOfEveryProcedureAndReturnsNoDefinitions() {
        String json = file(A.replace("\"COMMUNE\"", "\"DISTRICT\""), B.replace("\"simple\"", "\"not a workflow!\""),
                procedure("1.000003", "Thủ tục C").replace("\"Tờ khai mới\"", "\"\""));
        CatalogReader.Result result = CatalogReader.read(json);
        assertThat(result.procedures()).isEmpty();
        assertThat(result.errors()).extracting(ImportError::line, ImportError::messageKey).containsExactly(
                tuple(lineOf(json, "DISTRICT"), "catalog.import.error.constant"),
                tuple(lineOf(json, "not a workflow!"), "catalog.import.error.workflow"),
                tuple(lineOf(json, "\"name\": \"\""), "catalog.import.error.blank"));
    }

    @Test
    void notAnObjectAtTheRoot() {
        assertThat(errors("[1, 2]")).extracting(ImportError::messageKey).containsExactly("catalog.import.error.type.object");
        assertThat(errors("  ")).extracting(ImportError::messageKey).containsExactly("catalog.import.error.empty");
    }

    @Test
    void writerOutputReadsBackToTheSameDefinitions() {
        List<ProcedureDefinition> read = CatalogReader.read(file(A, B)).procedures();
        String written = CatalogWriter.write(read);
        assertThat(CatalogReader.read(written).procedures()).isEqualTo(read);
        assertThat(CatalogWriter.write(CatalogReader.read(written).procedures())).isEqualTo(written);
    }

    private static List<ImportError> errors(String json) {
        return CatalogReader.read(json).errors();
    }
}
