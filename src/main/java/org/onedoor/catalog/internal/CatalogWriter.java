package org.onedoor.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Fee;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the catalogue in the file format {@link CatalogReader} reads, in a stable order (code, version). */
final class CatalogWriter {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CatalogWriter() {
    }

    static String write(List<ProcedureDefinition> procedures) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("formatVersion", CatalogReader.FORMAT_VERSION);
        file.put("procedures", procedures.stream().map(CatalogWriter::procedure).toList());
        return MAPPER.writeValueAsString(file) + "\n";
    }

    private static Map<String, Object> procedure(ProcedureDefinition p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("nationalCode", p.nationalCode());
        m.put("name", p.name());
        m.put("nameEn", p.nameEn());
        Map<String, Object> sector = new LinkedHashMap<>();
        sector.put("code", p.sector().code());
        sector.put("name", p.sector().name());
        sector.put("nameEn", p.sector().nameEn());
        m.put("sector", sector);
        m.put("level", p.level().name());
        m.put("competentLevel", p.competentLevel().name());
        m.put("boundaryFree", p.boundaryFree());
        m.put("versions", p.versions().stream().map(CatalogWriter::version).toList());
        return m;
    }

    private static Map<String, Object> version(VersionDefinition v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("effectiveFrom", v.effectiveFrom().toString());
        if (v.effectiveTo() != null) {
            m.put("effectiveTo", v.effectiveTo().toString());
        }
        m.put("timeLimit", Map.of("amount", v.timeLimit().amount(), "unit", v.timeLimit().unit().name()));
        m.put("fees", v.fees().stream().map(CatalogWriter::fee).toList());
        m.put("components", v.components().stream().map(CatalogWriter::component).toList());
        m.put("resultType", v.resultType());
        m.put("resultTypeEn", v.resultTypeEn());
        m.put("channels", v.channels().stream().map(Channel::name).toList());
        m.put("legalBasis", v.legalBasis());
        m.put("workflow", v.workflow());
        return m;
    }

    private static Map<String, Object> fee(Fee f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", f.description());
        m.put("descriptionEn", f.descriptionEn());
        m.put("amountVnd", f.amountVnd());
        return m;
    }

    private static Map<String, Object> component(DossierComponent c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("name", c.name());
        m.put("nameEn", c.nameEn());
        m.put("originals", c.originals());
        m.put("copies", c.copies());
        m.put("mandatory", c.mandatory());
        if (c.template() != null) {
            m.put("template", c.template());
        }
        return m;
    }
}
