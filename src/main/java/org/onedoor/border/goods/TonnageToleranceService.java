package org.onedoor.border.goods;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.TonnageTolerances;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tonnage tolerance settings per gate and commodity (decision 0543). */
@Service
class TonnageToleranceService implements TonnageTolerances {

    static final BigDecimal MAX_PERCENT = new BigDecimal("50");
    static final BigDecimal MAX_MINIMUM = new BigDecimal("10");

    private final JdbcClient jdbc;
    private final Officers officers;
    private final AuditTrail audit;
    private final GoodsProperties properties;

    TonnageToleranceService(JdbcClient jdbc, Officers officers, AuditTrail audit, GoodsProperties properties) {
        this.jdbc = jdbc;
        this.officers = officers;
        this.audit = audit;
        this.properties = properties;
    }

    /** The tolerance applied by the lane (no officer check: the lane already made it). */
    TonnageTolerance tolerance(String gate, String commodity) {
        Setting s = effective(gate, commodity);
        return new TonnageTolerance(s.percent(), s.minimumTonnes());
    }

    @Override
    public Setting effective(String gate, String commodity) {
        return jdbc.sql("""
                        select * from border.tonnage_tolerance
                        where gate = :gate and (commodity is null or commodity = :commodity)
                        order by commodity nulls last limit 1""")
                .param("gate", gate).param("commodity", commodity).query(TonnageToleranceService::map).optional()
                .orElseGet(() -> defaults(gate));
    }

    @Override
    @Transactional
    public List<Setting> list(String gate) {
        GoodsClearanceService.officerAt(gate, officers);
        List<Setting> out = new ArrayList<>();
        out.add(defaults(gate));
        out.addAll(jdbc.sql("select * from border.tonnage_tolerance where gate = :gate order by commodity nulls first")
                .param("gate", gate).query(TonnageToleranceService::map).list());
        return out;
    }

    @Override
    @Transactional
    public Setting set(String gate, String commodity, BigDecimal percent, BigDecimal minimumTonnes) {
        String by = supervisorAt(gate);
        String code = commodity == null || commodity.isBlank() ? null : commodity.strip();
        BigDecimal minimum = minimumTonnes == null ? properties.toleranceMinimumTonnes() : minimumTonnes;
        List<FieldViolation> v = new ArrayList<>();
        if (percent == null || percent.signum() < 0 || percent.compareTo(MAX_PERCENT) > 0 || percent.scale() > 2) {
            v.add(new FieldViolation("percent", "border.ops2.tolerance.error.percent", 0, MAX_PERCENT));
        }
        if (minimum.signum() < 0 || minimum.compareTo(MAX_MINIMUM) > 0 || minimum.scale() > 3) {
            v.add(new FieldViolation("minimumTonnes", "border.ops2.tolerance.error.minimum", 0, MAX_MINIMUM));
        }
        if (code != null && jdbc.sql("select count(*) from border.commodity where hs_code = :c").param("c", code)
                .query(Long.class).single() == 0) {
            v.add(new FieldViolation("commodity", "border.ops2.tolerance.error.commodity", code));
        }
        if (!v.isEmpty()) {
            throw DomainException.invalid(v);
        }
        jdbc.sql("""
                        insert into border.tonnage_tolerance (gate, commodity, percent, minimum_tonnes, changed_by)
                        values (:gate, :commodity, :percent, :minimum, :by)
                        on conflict (gate, commodity) do update set percent = excluded.percent,
                            minimum_tonnes = excluded.minimum_tonnes, changed_by = excluded.changed_by, changed_at = now()""")
                .param("gate", gate).param("commodity", code).param("percent", percent).param("minimum", minimum)
                .param("by", by).update();
        audit.record("border.tolerance.set", "tonnage-tolerance", gate + (code == null ? "" : "/" + code),
                percent.toPlainString() + " % min " + minimum.toPlainString() + " t");
        return effective(gate, code);
    }

    @Override
    @Transactional
    public boolean remove(String gate, String commodity) {
        supervisorAt(gate);
        String code = commodity == null || commodity.isBlank() ? null : commodity.strip();
        int n = jdbc.sql("delete from border.tonnage_tolerance where gate = :gate and commodity is not distinct from :c")
                .param("gate", gate).param("c", code).update();
        if (n > 0) {
            audit.record("border.tolerance.remove", "tonnage-tolerance", gate + (code == null ? "" : "/" + code), "");
        }
        return n > 0;
    }

    private Setting defaults(String gate) {
        return new Setting(gate, null, properties.tolerancePercent(), properties.toleranceMinimumTonnes(), "DEFAULT",
                null, null);
    }

    private String supervisorAt(String gate) {
        Officer officer = officers.current().orElseThrow(() ->
                new DomainException(DomainException.Kind.FORBIDDEN, "border.goods.error.notAtGate", gate));
        if (!officer.has(Role.ADMIN) && !(officer.has(Role.BORDER_SUPERVISOR) && gate.equals(officer.agencyCode()))) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "border.goods.error.notAtGate", gate);
        }
        return officer.username();
    }

    private static Setting map(ResultSet rs, int row) throws SQLException {
        String commodity = rs.getString("commodity");
        return new Setting(rs.getString("gate"), commodity, rs.getBigDecimal("percent"),
                rs.getBigDecimal("minimum_tonnes"), commodity == null ? "GATE" : "COMMODITY",
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant());
    }
}
