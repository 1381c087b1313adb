package org.onedoor.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.onedoor.agency.AgencyLevel;
import org.onedoor.catalog.Channel;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Fee;
import org.onedoor.catalog.ProcedureLevel;
import org.onedoor.catalog.Sector;
import org.onedoor.catalog.internal.LocatedJson.Node;
import org.onedoor.common.TimeLimit;

/**
 * Reads and validates a catalogue file (docs/catalog-format.md). Finds every error, not just the first,
 * each with its line and JSON path; returns definitions only when there is none.
 */
final class CatalogReader {

    static final int FORMAT_VERSION = 1;

    /** National code: 1.xxxxxx (central) or 2.xxxxxx (local), DOMAIN.md §4. */
    private static final Pattern NATIONAL_CODE = Pattern.compile("[12]\\.[0-9]{6}");
    /** National code, optionally followed by agency-code or online-service segments. */
    private static final Pattern CODE = Pattern.compile("[12]\\.[0-9]{6}(\\.[A-Z0-9]+)*");
    private static final Pattern WORKFLOW = Pattern.compile("[A-Za-z0-9._-]+");

    private static final Set<String> ROOT = Set.of("formatVersion", "procedures");
    private static final Set<String> PROCEDURE = Set.of("code", "nationalCode", "name", "nameEn", "sector", "level",
            "competentLevel", "boundaryFree", "versions");
    private static final Set<String> SECTOR = Set.of("code", "name", "nameEn");
    private static final Set<String> VERSION = Set.of("version", "effectiveFrom", "effectiveTo", "timeLimit", "fees",
            "components", "resultType", "resultTypeEn", "channels", "legalBasis", "workflow");
    private static final Set<String> TIME_LIMIT = Set.of("amount", "unit");
    private static final Set<String> FEE = Set.of("description", "descriptionEn", "amountVnd");
    private static final Set<String> COMPONENT = Set.of("code", "name", "nameEn", "originals", "copies", "mandatory", "template");

    /** Where a procedure sits in the file, for errors found later against the database. */
    record Location(int line, String path) {
    }

    /** The outcome: definitions (empty when there are errors), their locations by code, and the errors. */
    record Result(List<ProcedureDefinition> procedures, Map<String, Location> locations, List<ImportError> errors) {
    }

    private final List<ImportError> errors = new ArrayList<>();

    static Result read(String text) {
        return new CatalogReader().readFile(text);
    }

    private Result readFile(String text) {
        List<ProcedureDefinition> procedures = new ArrayList<>();
        Map<String, Location> locations = new LinkedHashMap<>();
        LocatedJson.parse(text, errors).ifPresent(root -> {
            JsonFields file = JsonFields.of(root, "$", ROOT, errors);
            if (file == null) {
                return;
            }
            Integer format = file.integer("formatVersion", 1);
            if (format != null && format != FORMAT_VERSION) {
                file.error(file.lineOf("formatVersion"), "$.formatVersion", "catalog.import.error.formatVersion", format, FORMAT_VERSION);
            }
            List<Node> items = file.array("procedures", false);
            if (items == null) {
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                String path = "$.procedures[" + i + "]";
                ProcedureDefinition p = procedure(items.get(i), path);
                if (p != null) {
                    Location previous = locations.putIfAbsent(p.code(), new Location(items.get(i).line(), path));
                    if (previous != null) {
                        errors.add(new ImportError(items.get(i).line(), path + ".code", "catalog.import.error.duplicateCode",
                                List.of(p.code(), previous.line())));
                    } else {
                        procedures.add(p);
                    }
                }
            }
        });
        return new Result(errors.isEmpty() ? procedures : List.of(), locations, List.copyOf(errors));
    }

    private ProcedureDefinition procedure(Node node, String path) {
        int before = errors.size();
        JsonFields f = JsonFields.of(node, path, PROCEDURE, errors);
        if (f == null) {
            return null;
        }
        String code = f.text("code");
        boolean codeWellFormed = code != null && CODE.matcher(code).matches();
        if (code != null && !codeWellFormed) {
            f.error(f.lineOf("code"), f.pathOf("code"), "catalog.import.error.code", code);
        }
        String nationalCode = f.text("nationalCode");
        if (nationalCode != null && !NATIONAL_CODE.matcher(nationalCode).matches()) {
            f.error(f.lineOf("nationalCode"), f.pathOf("nationalCode"), "catalog.import.error.nationalCode", nationalCode);
        } else if (codeWellFormed && nationalCode != null && !code.equals(nationalCode) && !code.startsWith(nationalCode + ".")) {
            f.error(f.lineOf("code"), f.pathOf("code"), "catalog.import.error.codeNotOfNational", code, nationalCode);
        }
        String name = f.text("name");
        String nameEn = f.text("nameEn");
        Sector sector = sector(f.object("sector", SECTOR));
        ProcedureLevel level = f.constant("level", ProcedureLevel.class);
        AgencyLevel competentLevel = f.constant("competentLevel", AgencyLevel.class);
        Boolean boundaryFree = f.bool("boundaryFree");
        List<VersionDefinition> versions = versions(f);
        if (errors.size() > before) {
            return null;
        }
        return new ProcedureDefinition(code, nationalCode, name, nameEn, sector, level, competentLevel, boundaryFree, versions);
    }

    private Sector sector(JsonFields f) {
        if (f == null) {
            return null;
        }
        return new Sector(f.text("code"), f.text("name"), f.text("nameEn"));
    }

    private List<VersionDefinition> versions(JsonFields procedure) {
        List<Node> items = procedure.array("versions", true);
        if (items == null) {
            return null;
        }
        List<VersionDefinition> versions = new ArrayList<>();
        Map<Integer, Integer> lineOfVersion = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String path = procedure.pathOf("versions") + "[" + i + "]";
            Node item = items.get(i);
            VersionDefinition v = version(item, path);
            if (v == null) {
                continue;
            }
            Integer previous = lineOfVersion.putIfAbsent(v.version(), item.line());
            if (previous != null) {
                procedure.error(item.line(), path + ".version", "catalog.import.error.duplicateVersion", v.version(), previous);
                continue;
            }
            for (VersionDefinition other : versions) {
                if (other.overlaps(v)) {
                    procedure.error(item.line(), path + ".effectiveFrom", "catalog.import.error.overlap", v.version(), other.version());
                }
            }
            versions.add(v);
        }
        return versions;
    }

    private VersionDefinition version(Node node, String path) {
        int before = errors.size();
        JsonFields f = JsonFields.of(node, path, VERSION, errors);
        if (f == null) {
            return null;
        }
        Integer version = f.integer("version", 1);
        var from = f.date("effectiveFrom", false);
        var to = f.date("effectiveTo", true);
        if (from != null && to != null && to.isBefore(from)) {
            f.error(f.lineOf("effectiveTo"), f.pathOf("effectiveTo"), "catalog.import.error.periodOrder", to, from);
        }
        TimeLimit timeLimit = timeLimit(f.object("timeLimit", TIME_LIMIT));
        List<Fee> fees = fees(f);
        List<DossierComponent> components = components(f);
        String resultType = f.text("resultType");
        String resultTypeEn = f.text("resultTypeEn");
        Set<Channel> channels = channels(f);
        String legalBasis = f.text("legalBasis");
        String workflow = f.text("workflow");
        if (workflow != null && !WORKFLOW.matcher(workflow).matches()) {
            f.error(f.lineOf("workflow"), f.pathOf("workflow"), "catalog.import.error.workflow", workflow);
        }
        if (errors.size() > before) {
            return null;
        }
        return new VersionDefinition(version, from, to, timeLimit, fees, components, resultType, resultTypeEn,
                channels, legalBasis, workflow);
    }

    private TimeLimit timeLimit(JsonFields f) {
        if (f == null) {
            return null;
        }
        Integer amount = f.integer("amount", 0);
        TimeLimit.Unit unit = f.constant("unit", TimeLimit.Unit.class);
        return amount == null || unit == null ? null : new TimeLimit(amount, unit);
    }

    private List<Fee> fees(JsonFields version) {
        List<Node> items = version.array("fees", false);
        List<Fee> fees = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), version.pathOf("fees") + "[" + i + "]", FEE, errors);
            if (f != null) {
                fees.add(new Fee(f.text("description"), f.text("descriptionEn"), f.amount("amountVnd")));
            }
        }
        return fees;
    }

    private List<DossierComponent> components(JsonFields version) {
        List<Node> items = version.array("components", true);
        List<DossierComponent> components = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonFields f = JsonFields.of(items.get(i), version.pathOf("components") + "[" + i + "]", COMPONENT, errors);
            if (f == null) {
                continue;
            }
            String code = f.text("code");
            Integer originals = f.integer("originals", 0);
            Integer copies = f.integer("copies", 0);
            if (originals != null && copies != null && originals + copies == 0) {
                f.error(f.line(), f.path(), "catalog.import.error.noPaper");
            }
            Integer previous = code == null ? null : lineOfCode.putIfAbsent(code, f.lineOf("code"));
            if (previous != null) {
                f.error(f.lineOf("code"), f.pathOf("code"), "catalog.import.error.duplicateComponent", code, previous);
            }
            components.add(new DossierComponent(code, f.text("name"), f.text("nameEn"),
                    originals == null ? 0 : originals, copies == null ? 0 : copies,
                    Boolean.TRUE.equals(f.bool("mandatory")), f.optionalText("template")));
        }
        return components;
    }

    private Set<Channel> channels(JsonFields version) {
        List<Node> items = version.array("channels", true);
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (int i = 0; items != null && i < items.size(); i++) {
            Channel c = version.constant(items.get(i), version.pathOf("channels") + "[" + i + "]", Channel.class);
            if (c != null) {
                channels.add(c);
            }
        }
        return channels;
    }
}
