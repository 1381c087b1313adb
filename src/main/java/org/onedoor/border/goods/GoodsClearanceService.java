package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.Consignment;
import org.onedoor.border.CrossingKind;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsClearance;
import org.onedoor.border.GoodsClearanceCase;
import org.onedoor.border.GoodsCrossed;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.GoodsRegister;
import org.onedoor.border.GoodsScanInput;
import org.onedoor.border.RegisterEntry;
import org.onedoor.border.VehicleCrossingRecord;
import org.onedoor.border.VehicleDeclaration;
import org.onedoor.border.VehicleType;
import org.onedoor.border.WeighIn;
import org.onedoor.border.WeighScale;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The goods lane (issue 5): the first scan opens a vehicle crossing and starts the 2-minute clock, the weigh-in
 * checks tonnage (decision 0515), commodity and customs declaration, the decision closes it into the register.
 * Officers act only at their own gate; administrators anywhere.
 */
@Service
class GoodsClearanceService implements GoodsClearance, GoodsRegister {

    private final JdbcClient jdbc;
    private final GoodsDeclarations declarations;
    private final Officers officers;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<WeighScale> scale;
    private final TonnageToleranceService tolerances;

    GoodsClearanceService(JdbcClient jdbc, GoodsDeclarations declarations, Officers officers, AuditTrail audit,
                          ApplicationEventPublisher events, ObjectProvider<WeighScale> scale,
                          TonnageToleranceService tolerances) {
        this.tolerances = tolerances;
        this.jdbc = jdbc;
        this.declarations = declarations;
        this.officers = officers;
        this.audit = audit;
        this.events = events;
        this.scale = scale;
    }

    @Override
    @Transactional
    public GoodsClearanceCase scan(String gate, GoodsScanInput input) {
        Instant firstScan = Instant.now();
        String officer = officerAt(gate, officers);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        String ref = input.reference() == null ? "" : input.reference().trim().toUpperCase(Locale.ROOT);
        String typedPlate = input.plate() == null ? "" : input.plate().trim();
        if (ref.isEmpty() && typedPlate.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("plate", "border.goods.error.scanEmpty")));
        }
        String plate = null;
        if (!typedPlate.isEmpty()) {
            plate = GoodsCodes.plate(null, typedPlate).map(GoodsCodes.Plate::plate).orElseThrow(() ->
                    DomainException.invalid(List.of(new FieldViolation("plate", "border.goods.error.plate", typedPlate))));
        }
        Consignment consignment = null;
        VehicleDeclaration vehicle = null;
        if (ref.startsWith("BG-")) {
            consignment = declarations.findConsignment(ref)
                    .orElseThrow(() -> DomainException.notFound("border.goods.error.declarationNotFound", ref));
        } else if (!ref.isEmpty()) {
            vehicle = declarations.findVehicle(ref)
                    .orElseThrow(() -> DomainException.notFound("border.goods.error.declarationNotFound", ref));
        }
        if (plate == null) {
            plate = vehicle != null ? vehicle.plate() : consignment.plates().isEmpty() ? null : consignment.plates().get(0);
        }
        if (plate == null) {
            throw DomainException.invalid(List.of(new FieldViolation("plate", "border.goods.error.required")));
        }
        if (vehicle == null) {
            vehicle = vehicleFor(gate, plate, today).orElse(null);
        }
        if (consignment == null) {
            consignment = consignmentFor(gate, plate, today).orElse(null);
        }
        Direction direction = input.direction() != null ? input.direction()
                : consignment != null ? consignment.direction() : vehicle != null ? vehicle.direction() : null;
        if (direction == null) {
            throw DomainException.invalid(List.of(new FieldViolation("direction", "border.goods.error.required")));
        }
        List<String> issues = compare(gate, plate, direction, today, vehicle, consignment);
        CrossingKind kind = consignment == null ? CrossingKind.VEHICLE : CrossingKind.GOODS;
        long id = jdbc.sql("""
                        insert into border.vehicle_crossing (gate, direction, kind, plate_country, plate, vehicle_type,
                            vehicle_reference, consignment_reference, hs_code, commodity, declared_tonnes, match_issues,
                            opened_by, first_scan_at)
                        values (:gate, :direction, :kind, :country, :plate, :type, :vehicle, :consignment, :hs,
                            :commodity, :tonnes, :issues, :officer, :firstScan)
                        returning id""")
                .param("gate", gate).param("direction", direction.name()).param("kind", kind.name())
                .param("country", vehicle != null ? vehicle.plateCountry() : GoodsCodes.plate(null, plate)
                        .map(GoodsCodes.Plate::country).orElse(null))
                .param("plate", plate).param("type", vehicle == null ? null : vehicle.vehicleType().name())
                .param("vehicle", vehicle == null ? null : vehicle.reference())
                .param("consignment", consignment == null ? null : consignment.reference())
                .param("hs", consignment == null ? null : consignment.hsCode())
                .param("commodity", consignment == null ? null : consignment.commodity().hsCode())
                .param("tonnes", consignment == null ? null : consignment.tonnes())
                .param("issues", String.join(" ", issues)).param("officer", officer)
                .param("firstScan", Timestamp.from(firstScan)).query(Long.class).single();
        audit.record("border.goods.scan", "vehicle-crossing", String.valueOf(id), gate + " " + kind);
        return new GoodsClearanceCase(id, gate, direction, kind, plate, vehicle, consignment, null, null, issues,
                suggestion(kind, issues, null, null), firstScan);
    }

    @Override
    @Transactional
    public GoodsClearanceCase weigh(long crossingId, WeighIn in) {
        OpenCrossing c = open(crossingId);
        String gate = c.gate;
        officerAt(gate, officers);
        List<FieldViolation> v = new ArrayList<>();
        BigDecimal tonnes = in.netTonnes() != null ? in.netTonnes()
                : scale.getIfAvailable(() -> WeighScale.NONE).netTonnes(gate, c.plate).orElse(null);
        if (tonnes == null && c.consignment != null) {
            v.add(new FieldViolation("netTonnes", "border.goods.error.required"));
        } else if (tonnes != null && (tonnes.signum() < 0 || tonnes.compareTo(new BigDecimal("1000")) > 0)) {
            v.add(new FieldViolation("netTonnes", "border.goods.error.tonnes", 1000));
        }
        String customs = null;
        if (in.customsDeclaration() != null && !in.customsDeclaration().isBlank()) {
            customs = GoodsCodes.customsDeclaration(in.customsDeclaration(), c.direction).orElse(null);
            if (customs == null) {
                v.add(new FieldViolation("customsDeclaration", c.direction == Direction.ENTRY
                        ? "border.goods.error.customsImport" : "border.goods.error.customsExport"));
            }
        }
        String seen = null;
        if (in.hsCode() != null && !in.hsCode().isBlank()) {
            seen = GoodsCodes.hsCode(in.hsCode()).orElse(null);
            if (seen == null) {
                v.add(new FieldViolation("hsCode", "border.goods.error.hsCode"));
            }
        }
        if (!v.isEmpty()) {
            throw DomainException.invalid(v);
        }
        Consignment consignment = c.consignment == null ? null : declarations.findConsignment(c.consignment).orElseThrow();
        VehicleDeclaration vehicle = c.vehicle == null ? null : declarations.findVehicle(c.vehicle).orElseThrow();
        List<String> issues = compare(gate, c.plate, c.direction, LocalDate.now(VietnamTime.ZONE), vehicle, consignment);
        if (consignment != null && tonnes != null
                && !tolerances.tolerance(gate, consignment.commodity().hsCode()).matches(consignment.tonnes(), tonnes)) {
            issues.add("border.goods.match.tonnage");
        }
        if (consignment != null && seen != null && !seen.startsWith(consignment.commodity().hsCode())
                && !consignment.hsCode().startsWith(seen)) {
            issues.add("border.goods.match.commodity");
        }
        jdbc.sql("""
                        update border.vehicle_crossing set weighed_tonnes = :tonnes, weighed_at = now(),
                            customs_declaration = coalesce(:customs, customs_declaration), match_issues = :issues
                        where id = :id""")
                .param("tonnes", tonnes).param("customs", customs).param("issues", String.join(" ", issues))
                .param("id", crossingId).update();
        audit.record("border.goods.weigh", "vehicle-crossing", String.valueOf(crossingId), tonnes + " t");
        String storedCustoms = jdbc.sql("select customs_declaration from border.vehicle_crossing where id = :id")
                .param("id", crossingId).query(String.class).optional().orElse(null);
        CrossingKind kind = consignment == null ? CrossingKind.VEHICLE : CrossingKind.GOODS;
        return new GoodsClearanceCase(crossingId, gate, c.direction, kind, c.plate, vehicle, consignment, tonnes,
                storedCustoms, issues, suggestion(kind, issues, tonnes, storedCustoms), c.firstScanAt);
    }

    @Override
    @Transactional
    public VehicleCrossingRecord decide(long crossingId, Decision decision, String reason) {
        OpenCrossing c = open(crossingId);
        String officer = officerAt(c.gate, officers);
        if (decision == null) {
            throw DomainException.invalid(List.of(new FieldViolation("decision", "border.goods.error.required")));
        }
        String why = reason == null ? "" : reason.trim();
        if (decision == Decision.REFUSE && why.isEmpty()) {
            throw DomainException.invalid(List.of(new FieldViolation("reason", "border.goods.error.reasonRequired")));
        }
        if (decision == Decision.CLEAR && c.consignment != null && c.customs == null) {
            throw DomainException.invalid(List.of(new FieldViolation("customsDeclaration",
                    "border.goods.error.customsRequired")));
        }
        jdbc.sql("""
                        update border.vehicle_crossing set decision = :decision, reason = :reason,
                            decided_by = :officer, decided_at = greatest(now(), first_scan_at)
                        where id = :id""")
                .param("decision", decision.name()).param("reason", why.isEmpty() ? null : why)
                .param("officer", officer).param("id", crossingId).update();
        VehicleCrossingRecord r = load(crossingId).orElseThrow();
        audit.record("border.goods.decide", "vehicle-crossing", String.valueOf(crossingId), decision.name());
        events.publishEvent(new GoodsCrossed(r.id(), r.gate(), r.direction(), r.kind(), r.plateCountry(),
                r.vehicleType(), r.consignmentReference(), r.hsCode(), r.commodity(), r.declaredTonnes(),
                r.weighedTonnes(), r.customsDeclaration(), decision, r.firstScanAt(), r.decidedAt()));
        return r;
    }

    @Override
    @Transactional
    public Optional<VehicleCrossingRecord> find(long id) {
        Optional<VehicleCrossingRecord> r = load(id);
        r.ifPresent(x -> {
            officerAt(x.gate(), officers);
            audit.record("border.register.read", "vehicle-crossing", String.valueOf(id), x.gate());
        });
        return r;
    }

    @Override
    @Transactional
    public List<VehicleCrossingRecord> search(String gate, LocalDate day, String plate, int limit) {
        officerAt(gate, officers);
        String p = plate == null || plate.isBlank() ? null : GoodsCodes.plate(null, plate)
                .map(GoodsCodes.Plate::plate).orElse(plate.trim().toUpperCase(Locale.ROOT));
        List<VehicleCrossingRecord> found = jdbc.sql("""
                        select * from border.vehicle_crossing
                        where gate = :gate and decided_at >= :from and decided_at < :to
                          and (cast(:plate as text) is null or plate = :plate)
                        order by decided_at desc, id desc limit :limit""")
                .param("gate", gate).param("from", start(day)).param("to", start(day.plusDays(1)))
                .param("plate", p).param("limit", Math.max(1, Math.min(limit, 500)))
                .query(GoodsClearanceService::map).list();
        audit.record("border.register.search", "goods-register", gate, day + " rows=" + found.size());
        return found;
    }

    @Override
    @Transactional
    public org.onedoor.border.VehicleCrossingPage search(org.onedoor.border.VehicleCrossingQuery q) {
        officerAt(q.gate(), officers);
        int size = Math.max(1, Math.min(q.size() <= 0 ? 50 : q.size(), 200));
        int page = Math.max(0, q.page());
        StringBuilder where = new StringBuilder("gate = :gate and decided_at is not null");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("gate", q.gate());
        if (q.from() != null) {
            where.append(" and decided_at >= :from");
            params.put("from", start(q.from()));
        }
        if (q.to() != null) {
            where.append(" and decided_at < :to");
            params.put("to", start(q.to().plusDays(1)));
        }
        boolean byPlate = q.plate() != null && !q.plate().isBlank();
        if (byPlate) {
            where.append(" and plate = :plate");
            params.put("plate", GoodsCodes.plate(null, q.plate()).map(GoodsCodes.Plate::plate)
                    .orElse(q.plate().trim().toUpperCase(Locale.ROOT)));
        }
        if (q.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", q.kind().name());
        }
        if (q.decision() != null) {
            where.append(" and decision = :decision");
            params.put("decision", q.decision().name());
        }
        if (q.direction() != null) {
            where.append(" and direction = :direction");
            params.put("direction", q.direction().name());
        }
        long total = jdbc.sql("select count(*) from border.vehicle_crossing where " + where).params(params)
                .query(Long.class).single();
        List<VehicleCrossingRecord> rows = jdbc.sql("select * from border.vehicle_crossing where " + where
                        + " order by decided_at desc, id desc limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size)
                .query(GoodsClearanceService::map).list();
        audit.record("border.register.search", "goods-register", q.gate(),
                "from=" + q.from() + " to=" + q.to() + (byPlate ? " plate" : "")
                        + (q.kind() == null ? "" : " kind=" + q.kind())
                        + (q.decision() == null ? "" : " decision=" + q.decision())
                        + (q.direction() == null ? "" : " direction=" + q.direction())
                        + " page=" + page + " rows=" + rows.size());
        return new org.onedoor.border.VehicleCrossingPage(rows, page, size, total);
    }

    @Override
    @Transactional
    public List<RegisterEntry> entries(String gate, LocalDate day, int limit) {
        officerAt(gate, officers);
        List<RegisterEntry> found = jdbc.sql("""
                        select * from border.register_entry
                        where gate = :gate and decided_at >= :from and decided_at < :to
                        order by decided_at desc, kind, id desc limit :limit""")
                .param("gate", gate).param("from", start(day)).param("to", start(day.plusDays(1)))
                .param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, n) -> new RegisterEntry(CrossingKind.valueOf(rs.getString("kind")), rs.getLong("id"),
                        rs.getString("gate"), Direction.valueOf(rs.getString("direction")), rs.getString("subject"),
                        rs.getString("detail"), Decision.valueOf(rs.getString("decision")),
                        rs.getString("decided_by"), rs.getTimestamp("first_scan_at").toInstant(),
                        rs.getTimestamp("decided_at").toInstant())).list();
        audit.record("border.register.search", "crossing-register", gate, day + " all rows=" + found.size());
        return found;
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
    }

    private record OpenCrossing(String gate, Direction direction, String plate, String vehicle, String consignment,
                                String customs, Instant firstScanAt, boolean decided) {
    }

    private OpenCrossing open(long id) {
        Optional<OpenCrossing> row = jdbc.sql("""
                        select * from border.vehicle_crossing where id = :id for update""").param("id", id)
                .query((rs, n) -> new OpenCrossing(rs.getString("gate"),
                        Direction.valueOf(rs.getString("direction")), rs.getString("plate"),
                        rs.getString("vehicle_reference"), rs.getString("consignment_reference"),
                        rs.getString("customs_declaration"), rs.getTimestamp("first_scan_at").toInstant(),
                        rs.getString("decision") != null))
                .optional();
        if (row.isEmpty()) {
            throw DomainException.notFound("border.goods.error.crossingNotFound", id);
        }
        if (row.get().decided()) {
            officerAt(row.get().gate(), officers);
            throw new DomainException(DomainException.Kind.CONFLICT, "border.goods.error.alreadyDecided", id);
        }
        return row.get();
    }

    private Optional<VehicleDeclaration> vehicleFor(String gate, String plate, LocalDate day) {
        return jdbc.sql("""
                        select reference from border.vehicle_declaration where gate = :gate and plate = :plate
                          and planned_date <= :day + 1 and coalesce(valid_until, planned_date + 1) >= :day
                        order by created_at desc""")
                .param("gate", gate).param("plate", plate).param("day", day).query(String.class).list().stream()
                .map(r -> declarations.findVehicle(r).orElseThrow()).filter(d -> d.validity().validOn(day))
                .findFirst();
    }

    private Optional<Consignment> consignmentFor(String gate, String plate, LocalDate day) {
        return jdbc.sql("""
                        select c.reference from border.consignment c
                          join border.consignment_vehicle v on v.consignment_id = c.id
                        where c.gate = :gate and v.plate = :plate
                          and c.planned_date <= :day + 1 and coalesce(c.valid_until, c.planned_date + 1) >= :day
                        order by c.created_at desc""")
                .param("gate", gate).param("plate", plate).param("day", day).query(String.class).list().stream()
                .map(r -> declarations.findConsignment(r).orElseThrow()).filter(c -> c.validity().validOn(day))
                .findFirst();
    }

    /** Where the declarations and the lane disagree. */
    static List<String> compare(String gate, String plate, Direction direction, LocalDate today,
                                VehicleDeclaration vehicle, Consignment consignment) {
        List<String> issues = new ArrayList<>();
        if (vehicle == null && consignment == null) {
            issues.add("border.goods.match.notDeclared");
        }
        if (vehicle != null) {
            if (!vehicle.gate().equals(gate)) {
                issues.add("border.goods.match.gate");
            }
            if (!vehicle.plate().equals(plate)) {
                issues.add("border.goods.match.plate");
            }
            if (vehicle.direction() != direction) {
                issues.add("border.goods.match.direction");
            }
            if (!vehicle.validity().validOn(today)) {
                issues.add("border.goods.match.date");
            }
        }
        if (consignment != null) {
            if (!consignment.gate().equals(gate) && !issues.contains("border.goods.match.gate")) {
                issues.add("border.goods.match.gate");
            }
            if (!consignment.plates().contains(plate) && !issues.contains("border.goods.match.plate")) {
                issues.add("border.goods.match.plate");
            }
            if (consignment.direction() != direction && !issues.contains("border.goods.match.direction")) {
                issues.add("border.goods.match.direction");
            }
            if (!consignment.validity().validOn(today) && !issues.contains("border.goods.match.date")) {
                issues.add("border.goods.match.date");
            }
        }
        return issues;
    }

    /** CLEAR only when nothing disagrees and, for goods, the weight and the customs declaration are in. */
    static Decision suggestion(CrossingKind kind, List<String> issues, BigDecimal tonnes, String customs) {
        boolean complete = kind == CrossingKind.VEHICLE || (tonnes != null && customs != null);
        return issues.isEmpty() && complete ? Decision.CLEAR : Decision.SECONDARY;
    }

    private Optional<VehicleCrossingRecord> load(long id) {
        return jdbc.sql("select * from border.vehicle_crossing where id = :id and decided_at is not null")
                .param("id", id).query(GoodsClearanceService::map).optional();
    }

    /** The acting officer's user name; border staff act only at their own gate. */
    static String officerAt(String gate, Officers officers) {
        Officer officer = officers.current().orElseThrow(() ->
                new DomainException(DomainException.Kind.FORBIDDEN, "border.goods.error.notAtGate", gate));
        boolean border = officer.has(Role.BORDER_GUARD) || officer.has(Role.BORDER_SUPERVISOR);
        if (!officer.has(Role.ADMIN) && !(border && gate.equals(officer.agencyCode()))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "border.goods.error.notAtGate", gate);
        }
        return officer.username();
    }

    static VehicleCrossingRecord map(ResultSet rs, int row) throws SQLException {
        String type = rs.getString("vehicle_type");
        return new VehicleCrossingRecord(rs.getLong("id"), rs.getString("gate"),
                Direction.valueOf(rs.getString("direction")), CrossingKind.valueOf(rs.getString("kind")),
                rs.getString("plate_country"), rs.getString("plate"), type == null ? null : VehicleType.valueOf(type),
                rs.getString("vehicle_reference"), rs.getString("consignment_reference"), rs.getString("hs_code"),
                rs.getString("commodity"), rs.getBigDecimal("declared_tonnes"), rs.getBigDecimal("weighed_tonnes"),
                rs.getString("customs_declaration"), rs.getString("match_issues"),
                Decision.valueOf(rs.getString("decision")), rs.getString("reason"), rs.getString("opened_by"),
                rs.getString("decided_by"), rs.getTimestamp("first_scan_at").toInstant(),
                rs.getTimestamp("decided_at").toInstant());
    }
}
