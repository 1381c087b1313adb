package org.onedoor.border.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.PersonDeclaration;
import org.onedoor.border.PersonDeclarationRequest;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.border.WorkerLists;
import org.onedoor.border.goods.CsvTable;
import org.onedoor.border.goods.GoodsCodes;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers' CSV lists (decision 0513): every row checked as a person declaration, errors reported by line and field;
 * all or nothing unless the business explicitly asks for the valid rows only. One transaction either way.
 */
@Service
class WorkerListService implements WorkerLists {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 1000;
    static final List<String> COLUMNS = List.of("surname", "given_names", "document_type", "document_number",
            "nationality", "date_of_birth");
    private static final java.util.Set<String> SHARED = java.util.Set.of("gate", "purpose", "plannedDate",
            "direction");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT); // 31/02 is an error, not 28/02

    private final DeclarationService declarations;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    WorkerListService(DeclarationService declarations, JdbcClient jdbc, AuditTrail audit) {
        this.declarations = declarations;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional
    public Result upload(Upload u, byte[] csv) {
        List<FieldViolation> shared = new ArrayList<>();
        if (u.businessCode() == null || GoodsCodes.taxCode(u.businessCode()).isEmpty()) {
            shared.add(new FieldViolation("businessCode", "border.goods.error.taxCode"));
        }
        // what every row shares is checked once for the upload, not reported on every line
        PersonDeclarationRequest probe = new PersonDeclarationRequest(u.gate(), TravelDocumentType.PASSPORT,
                "C0000000", "X", "", "VNM", LocalDate.of(1990, 1, 1), u.purpose(), u.plannedDate(), u.direction(),
                u.language());
        declarations.violations(probe).stream().filter(v -> SHARED.contains(v.field())).forEach(shared::add);
        if (csv == null || csv.length == 0) {
            shared.add(new FieldViolation("file", "border.goods.csv.empty"));
        } else if (csv.length > MAX_BYTES) {
            shared.add(new FieldViolation("file", "border.goods.csv.tooLarge", MAX_BYTES / 1024));
        }
        if (!shared.isEmpty()) {
            throw DomainException.invalid(shared);
        }
        CsvTable.Result parsed = CsvTable.parse(csv);
        if (parsed.problem() != null) {
            throw DomainException.invalid(List.of(new FieldViolation("file", parsed.problem().messageKey(),
                    parsed.problem().line())));
        }
        CsvTable table = parsed.table();
        List<String> missing = COLUMNS.stream().filter(c -> !table.header().contains(c)).toList();
        if (!missing.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "border.goods.csv.header",
                    String.join(", ", missing))));
        }
        if (table.rows().isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "border.goods.csv.noRows")));
        }
        if (table.rows().size() > MAX_ROWS) {
            throw DomainException.invalid(List.of(new FieldViolation("file", "border.goods.csv.tooManyRows", MAX_ROWS)));
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < table.header().size(); i++) {
            column.putIfAbsent(table.header().get(i), i);
        }
        List<RowError> errors = new ArrayList<>();
        List<Map.Entry<CsvTable.Row, PersonDeclarationRequest>> valid = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            List<RowError> rowErrors = new ArrayList<>();
            String type = cell(row, column, "document_type").toUpperCase(Locale.ROOT);
            TravelDocumentType documentType = null;
            try {
                documentType = type.isEmpty() ? null : TravelDocumentType.valueOf(type);
            } catch (IllegalArgumentException e) {
                rowErrors.add(new RowError(row.line(), "document_type", "border.goods.csv.documentType", List.of(type)));
            }
            LocalDate dob = null;
            String born = cell(row, column, "date_of_birth");
            if (!born.isEmpty()) {
                dob = date(born);
                if (dob == null) {
                    rowErrors.add(new RowError(row.line(), "date_of_birth", "border.goods.csv.date", List.of(born)));
                }
            }
            PersonDeclarationRequest request = new PersonDeclarationRequest(u.gate(), documentType,
                    cell(row, column, "document_number"), cell(row, column, "surname"),
                    cell(row, column, "given_names"), cell(row, column, "nationality"), dob, u.purpose(),
                    u.plannedDate(), u.direction(), u.language());
            for (FieldViolation v : declarations.violations(request)) {
                if (SHARED.contains(v.field())) {
                    continue;
                }
                String field = csvColumn(v.field());
                boolean already = rowErrors.stream().anyMatch(e -> e.field().equals(field));
                if (!already) {
                    rowErrors.add(new RowError(row.line(), field, v.messageKey(), List.of(v.args())));
                }
            }
            String key = cell(row, column, "document_number").replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (!key.isEmpty() && seen.containsKey(key)) {
                rowErrors.add(new RowError(row.line(), "document_number", "border.goods.csv.duplicate",
                        List.of(seen.get(key))));
            } else if (!key.isEmpty()) {
                seen.put(key, row.line());
            }
            if (rowErrors.isEmpty()) {
                valid.add(Map.entry(row, request));
            } else {
                errors.addAll(rowErrors);
            }
        }
        boolean store = errors.isEmpty() || (u.validRowsOnly() && !valid.isEmpty());
        List<Declared> declared = new ArrayList<>();
        if (store) {
            long listId = jdbc.sql("""
                            insert into border.worker_list (gate, business_code, file_name, rows_total, rows_declared)
                            values (:gate, :business, :file, :total, :declared) returning id""")
                    .param("gate", u.gate()).param("business", GoodsCodes.taxCode(u.businessCode()).orElseThrow())
                    .param("file", u.fileName() == null ? "" : u.fileName()).param("total", table.rows().size())
                    .param("declared", valid.size()).query(Long.class).single();
            for (Map.Entry<CsvTable.Row, PersonDeclarationRequest> e : valid) {
                PersonDeclaration d = declarations.insert(e.getValue());
                jdbc.sql("insert into border.worker_list_row (list_id, line, declaration_reference) values (:l, :n, :r)")
                        .param("l", listId).param("n", e.getKey().line()).param("r", d.reference()).update();
                declared.add(new Declared(e.getKey().line(), d.reference(), d.fullName()));
            }
            audit.record("border.goods.workerList", "worker-list", String.valueOf(listId),
                    u.gate() + " rows=" + table.rows().size() + " declared=" + valid.size());
        }
        return new Result(table.rows().size(), declared, errors, store);
    }

    private static String cell(CsvTable.Row row, Map<String, Integer> column, String name) {
        int i = column.get(name);
        return i < row.cells().size() ? row.cells().get(i).trim() : "";
    }

    /** ISO {@code 1990-05-17} or Vietnamese {@code 17/05/1990}. */
    static LocalDate date(String s) {
        try {
            return s.contains("/") ? LocalDate.parse(s, DAY_MONTH_YEAR) : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String csvColumn(String field) {
        return switch (field) {
            case "givenNames" -> "given_names";
            case "documentType" -> "document_type";
            case "documentNumber" -> "document_number";
            case "dateOfBirth" -> "date_of_birth";
            default -> field;
        };
    }
}
