package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onedoor.agency.Agencies;
import org.onedoor.audit.AuditTrail;
import org.onedoor.border.Commodity;
import org.onedoor.border.Consignment;
import org.onedoor.border.ConsignmentRequest;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.Occupant;
import org.onedoor.border.Trader;
import org.onedoor.border.TripValidity;
import org.onedoor.border.TravelDocumentType;
import org.onedoor.border.VehicleDeclaration;
import org.onedoor.border.VehicleDeclarationRequest;
import org.onedoor.border.VehicleType;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.common.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores vehicle and consignment pre-declarations after checking every field (keys {@code border.goods.error.*}). */
@Service
class GoodsDeclarationService implements GoodsDeclarations {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final int MAX_DAYS_AHEAD = 90;
    /** A recurring trip is declared for at most this many days (renewed by the business after). */
    static final int MAX_RECURRING_DAYS = 366;
    static final int MAX_PASSENGERS = 60;
    private static final Set<String> UNITS = Set.of("TNE", "KGM", "PCE", "UNT", "MWH", "LTR", "PKG");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Agencies agencies;
    private final SecureRandom random = new SecureRandom();

    GoodsDeclarationService(JdbcClient jdbc, AuditTrail audit, Agencies agencies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.agencies = agencies;
    }

    @Override
    @Transactional
    public VehicleDeclaration declareVehicle(VehicleDeclarationRequest r) {
        List<FieldViolation> v = new ArrayList<>();
        gate(r.gate(), v);
        Optional<GoodsCodes.Plate> plate = plate(r.plateCountry(), r.plate(), "plate", v);
        if (r.vehicleType() == null) {
            v.add(new FieldViolation("vehicleType", "border.goods.error.required"));
        }
        if (r.direction() == null) {
            v.add(new FieldViolation("direction", "border.goods.error.required"));
        }
        Occupant driver = occupant(r.driver(), "driver", v);
        List<Occupant> passengers = new ArrayList<>();
        List<Occupant> given = r.passengers() == null ? List.of() : r.passengers();
        if (given.size() > MAX_PASSENGERS) {
            v.add(new FieldViolation("passengers", "border.goods.error.tooMany", MAX_PASSENGERS));
        }
        for (int i = 0; i < given.size() && i < MAX_PASSENGERS; i++) {
            passengers.add(occupant(given.get(i), "passengers[" + i + "]", v));
        }
        validity(r.validity(), v);
        String business = null;
        if (r.businessCode() != null && !r.businessCode().isBlank()) {
            business = GoodsCodes.taxCode(r.businessCode()).orElse(null);
            if (business == null) {
                v.add(new FieldViolation("businessCode", "border.goods.error.taxCode"));
            }
        } else if (r.validity() != null && r.validity().recurring()) {
            v.add(new FieldViolation("businessCode", "border.goods.error.recurringNeedsBusiness"));
        }
        if (!v.isEmpty()) {
            throw DomainException.invalid(v);
        }
        String reference = reference("BV-");
        long id = jdbc.sql("""
                        insert into border.vehicle_declaration (reference, gate, plate_country, plate, vehicle_type,
                            driver_name, driver_document_type, driver_document_number, driver_nationality, direction,
                            planned_date, valid_until, days_of_week, business_code, language)
                        values (:reference, :gate, :country, :plate, :type, :driver, :driverType, :driverNumber,
                            :driverNationality, :direction, :planned, :until, :days, :business, :language)
                        returning id""")
                .param("reference", reference).param("gate", r.gate()).param("country", plate.get().country())
                .param("plate", plate.get().plate()).param("type", r.vehicleType().name())
                .param("driver", driver.fullName()).param("driverType", driver.documentType().name())
                .param("driverNumber", driver.documentNumber()).param("driverNationality", driver.nationality())
                .param("direction", r.direction().name()).param("planned", r.validity().plannedDate())
                .param("until", r.validity().validUntil()).param("days", days(r.validity().days()))
                .param("business", business).param("language", language(r.language()))
                .query(Long.class).single();
        for (int i = 0; i < passengers.size(); i++) {
            Occupant p = passengers.get(i);
            jdbc.sql("""
                            insert into border.vehicle_passenger (declaration_id, position, full_name, document_type,
                                document_number, nationality) values (:id, :position, :name, :type, :number, :nationality)""")
                    .param("id", id).param("position", i + 1).param("name", p.fullName())
                    .param("type", p.documentType().name()).param("number", p.documentNumber())
                    .param("nationality", p.nationality()).update();
        }
        audit.record("border.goods.declareVehicle", "vehicle-declaration", reference, r.gate() + " " + r.direction());
        return findVehicle(reference).orElseThrow();
    }

    @Override
    @Transactional
    public Consignment declareConsignment(ConsignmentRequest r) {
        List<FieldViolation> v = new ArrayList<>();
        gate(r.gate(), v);
        if (r.direction() == null) {
            v.add(new FieldViolation("direction", "border.goods.error.required"));
        }
        // the Vietnamese side answers for the customs declaration and needs a valid tax code
        trader(r.exporter(), "exporter", r.direction() == Direction.EXIT, v);
        trader(r.importer(), "importer", r.direction() == Direction.ENTRY, v);
        Optional<Commodity> commodity = Optional.empty();
        String hs = null;
        if (r.hsCode() == null || r.hsCode().isBlank()) {
            v.add(new FieldViolation("hsCode", "border.goods.error.required"));
        } else {
            hs = GoodsCodes.hsCode(r.hsCode()).orElse(null);
            if (hs == null) {
                v.add(new FieldViolation("hsCode", "border.goods.error.hsCode"));
            } else {
                commodity = commodityOf(hs);
                if (commodity.isEmpty()) {
                    v.add(new FieldViolation("hsCode", "border.goods.error.hsCodeNotCrossing", r.hsCode().trim()));
                }
            }
        }
        String description = r.description() == null ? "" : r.description().trim();
        if (description.length() > 500) {
            v.add(new FieldViolation("description", "border.goods.error.tooLong", 500));
        }
        if (r.quantity() == null) {
            v.add(new FieldViolation("quantity", "border.goods.error.required"));
        } else if (r.quantity().signum() <= 0 || r.quantity().compareTo(new BigDecimal("100000000000")) >= 0) {
            v.add(new FieldViolation("quantity", "border.goods.error.quantity"));
        }
        String unit = r.unit() == null || r.unit().isBlank() ? commodity.map(Commodity::defaultUnit).orElse(null)
                : r.unit().trim().toUpperCase(Locale.ROOT);
        if (unit != null && !UNITS.contains(unit)) {
            v.add(new FieldViolation("unit", "border.goods.error.unit"));
        }
        boolean byVehicle = commodity.map(Commodity::byVehicle).orElse(true);
        if (r.tonnes() == null) {
            if (byVehicle) {
                v.add(new FieldViolation("tonnes", "border.goods.error.required"));
            }
        } else if (r.tonnes().signum() < 0 || r.tonnes().compareTo(new BigDecimal("1000")) > 0) {
            v.add(new FieldViolation("tonnes", "border.goods.error.tonnes", 1000));
        }
        List<GoodsCodes.Plate> plates = new ArrayList<>();
        List<String> typed = r.plates() == null ? List.of() : r.plates();
        if (typed.isEmpty() && byVehicle) {
            v.add(new FieldViolation("plates", "border.goods.error.vehicleRequired"));
        }
        for (int i = 0; i < typed.size() && i < 20; i++) {
            plate(null, typed.get(i), "plates[" + i + "]", v).ifPresent(plates::add);
        }
        validity(r.validity(), v);
        if (!v.isEmpty()) {
            throw DomainException.invalid(v);
        }
        String reference = reference("BG-");
        long id = jdbc.sql("""
                        insert into border.consignment (reference, gate, direction, exporter_name, exporter_code,
                            importer_name, importer_code, hs_code, commodity, description, quantity, unit, tonnes,
                            planned_date, valid_until, days_of_week, language)
                        values (:reference, :gate, :direction, :exporter, :exporterCode, :importer, :importerCode,
                            :hs, :commodity, :description, :quantity, :unit, :tonnes, :planned, :until, :days, :language)
                        returning id""")
                .param("reference", reference).param("gate", r.gate()).param("direction", r.direction().name())
                .param("exporter", r.exporter().name().trim()).param("exporterCode", code(r.exporter()))
                .param("importer", r.importer().name().trim()).param("importerCode", code(r.importer()))
                .param("hs", hs).param("commodity", commodity.get().hsCode()).param("description", description)
                .param("quantity", r.quantity()).param("unit", unit)
                .param("tonnes", r.tonnes() == null ? BigDecimal.ZERO : r.tonnes())
                .param("planned", r.validity().plannedDate()).param("until", r.validity().validUntil())
                .param("days", days(r.validity().days())).param("language", language(r.language()))
                .query(Long.class).single();
        for (GoodsCodes.Plate p : plates.stream().distinct().toList()) {
            jdbc.sql("insert into border.consignment_vehicle (consignment_id, plate_country, plate) values (:id, :c, :p)")
                    .param("id", id).param("c", p.country()).param("p", p.plate()).update();
        }
        audit.record("border.goods.declareConsignment", "consignment", reference, r.gate() + " " + hs);
        return findConsignment(reference).orElseThrow();
    }

    @Override
    public Optional<VehicleDeclaration> findVehicle(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Optional<Long> id = jdbc.sql("select id from border.vehicle_declaration where reference = :r")
                .param("r", reference.trim().toUpperCase(Locale.ROOT)).query(Long.class).optional();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        List<Occupant> passengers = jdbc.sql("""
                        select * from border.vehicle_passenger where declaration_id = :id order by position""")
                .param("id", id.get()).query((rs, n) -> new Occupant(rs.getString("full_name"),
                        TravelDocumentType.valueOf(rs.getString("document_type")), rs.getString("document_number"),
                        rs.getString("nationality"))).list();
        return jdbc.sql("select * from border.vehicle_declaration where id = :id").param("id", id.get())
                .query((rs, n) -> new VehicleDeclaration(rs.getString("reference"), rs.getString("gate"),
                        rs.getString("plate_country"), rs.getString("plate"),
                        VehicleType.valueOf(rs.getString("vehicle_type")),
                        new Occupant(rs.getString("driver_name"),
                                TravelDocumentType.valueOf(rs.getString("driver_document_type")),
                                rs.getString("driver_document_number"), rs.getString("driver_nationality")),
                        passengers, Direction.valueOf(rs.getString("direction")), validity(rs),
                        rs.getString("business_code"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    @Override
    public Optional<Consignment> findConsignment(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select c.*, m.name_vi, m.name_en, m.default_unit, m.by_vehicle,
                            (select string_agg(plate, ' ' order by plate) from border.consignment_vehicle
                             where consignment_id = c.id) as plates
                        from border.consignment c join border.commodity m on m.hs_code = c.commodity
                        where c.reference = :r""")
                .param("r", reference.trim().toUpperCase(Locale.ROOT))
                .query((rs, n) -> new Consignment(rs.getString("reference"), rs.getString("gate"),
                        Direction.valueOf(rs.getString("direction")),
                        new Trader(rs.getString("exporter_name"), rs.getString("exporter_code")),
                        new Trader(rs.getString("importer_name"), rs.getString("importer_code")),
                        rs.getString("hs_code"), new Commodity(rs.getString("commodity"), rs.getString("name_vi"),
                                rs.getString("name_en"), rs.getString("default_unit"), rs.getBoolean("by_vehicle")),
                        rs.getString("description"), rs.getBigDecimal("quantity"), rs.getString("unit"),
                        rs.getBigDecimal("tonnes"),
                        rs.getString("plates") == null ? List.of() : List.of(rs.getString("plates").split(" ")),
                        validity(rs), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    @Override
    public List<Commodity> commodities() {
        return jdbc.sql("select * from border.commodity order by hs_code").query(GoodsDeclarationService::commodity)
                .list();
    }

    /** The longest table code that is a prefix of the declared code (decision 0511). */
    Optional<Commodity> commodityOf(String hs) {
        return jdbc.sql("""
                        select * from border.commodity where :hs like hs_code || '%'
                        order by length(hs_code) desc limit 1""")
                .param("hs", hs).query(GoodsDeclarationService::commodity).optional();
    }

    private static Commodity commodity(ResultSet rs, int n) throws SQLException {
        return new Commodity(rs.getString("hs_code"), rs.getString("name_vi"), rs.getString("name_en"),
                rs.getString("default_unit"), rs.getBoolean("by_vehicle"));
    }

    private void gate(String gate, List<FieldViolation> v) {
        if (gate == null || agencies.find(gate).isEmpty()) {
            v.add(new FieldViolation("gate", "border.goods.error.gate"));
        }
    }

    private static Optional<GoodsCodes.Plate> plate(String country, String typed, String field,
                                                    List<FieldViolation> v) {
        if (typed == null || typed.isBlank()) {
            v.add(new FieldViolation(field, "border.goods.error.required"));
            return Optional.empty();
        }
        Optional<GoodsCodes.Plate> plate = GoodsCodes.plate(country, typed);
        if (plate.isEmpty()) {
            v.add(new FieldViolation(field, "border.goods.error.plate", typed.trim()));
        }
        return plate;
    }

    private static Occupant occupant(Occupant o, String field, List<FieldViolation> v) {
        if (o == null) {
            v.add(new FieldViolation(field, "border.goods.error.required"));
            return null;
        }
        String name = o.fullName() == null ? "" : o.fullName().trim().replaceAll("\\s+", " ");
        String number = o.documentNumber() == null ? "" : o.documentNumber().replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
        String nationality = o.nationality() == null ? "" : o.nationality().trim().toUpperCase(Locale.ROOT);
        if (name.isEmpty() || name.length() > 100) {
            v.add(new FieldViolation(field + ".fullName", "border.goods.error.name", 100));
        }
        if (o.documentType() == null) {
            v.add(new FieldViolation(field + ".documentType", "border.goods.error.required"));
        }
        if (!number.matches("[A-Z0-9]{5,20}")) {
            v.add(new FieldViolation(field + ".documentNumber", "border.goods.error.documentNumber"));
        }
        if (!nationality.matches("[A-Z]{3}")) {
            v.add(new FieldViolation(field + ".nationality", "border.goods.error.nationality"));
        }
        return new Occupant(name, o.documentType(), number, nationality);
    }

    private static void trader(Trader t, String field, boolean vietnamese, List<FieldViolation> v) {
        if (t == null || t.name() == null || t.name().isBlank()) {
            v.add(new FieldViolation(field + ".name", "border.goods.error.required"));
        } else if (t.name().trim().length() > 200) {
            v.add(new FieldViolation(field + ".name", "border.goods.error.tooLong", 200));
        }
        String code = t == null || t.code() == null ? "" : t.code().trim();
        if (vietnamese && GoodsCodes.taxCode(code).isEmpty()) {
            v.add(new FieldViolation(field + ".code", "border.goods.error.taxCode"));
        } else if (!vietnamese && !code.isEmpty() && !code.toUpperCase(Locale.ROOT).matches("[A-Z0-9\\-/]{1,30}")) {
            v.add(new FieldViolation(field + ".code", "border.goods.error.foreignCode"));
        }
    }

    private static void validity(TripValidity t, List<FieldViolation> v) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        if (t == null || t.plannedDate() == null) {
            v.add(new FieldViolation("plannedDate", "border.goods.error.required"));
            return;
        }
        if (t.plannedDate().isBefore(today) || t.plannedDate().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            v.add(new FieldViolation("plannedDate", "border.goods.error.plannedDate", MAX_DAYS_AHEAD));
        }
        if (t.validUntil() != null && (t.validUntil().isBefore(t.plannedDate())
                || t.validUntil().isAfter(t.plannedDate().plusDays(MAX_RECURRING_DAYS)))) {
            v.add(new FieldViolation("validUntil", "border.goods.error.validUntil", MAX_RECURRING_DAYS));
        }
    }

    private static TripValidity validity(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (char c : rs.getString("days_of_week").toCharArray()) {
            days.add(DayOfWeek.of(c - '0'));
        }
        return new TripValidity(rs.getObject("planned_date", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class), days);
    }

    private static String days(Set<DayOfWeek> days) {
        return days.stream().map(d -> String.valueOf(d.getValue())).sorted().collect(Collectors.joining());
    }

    private static String code(Trader t) {
        return t.code() == null ? "" : t.code().trim();
    }

    private static String language(String l) {
        return l == null || !l.matches("vi|en|id") ? "vi" : l;
    }

    private String reference(String prefix) {
        StringBuilder s = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
