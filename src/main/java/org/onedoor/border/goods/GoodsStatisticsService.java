package org.onedoor.border.goods;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.onedoor.audit.AuditTrail;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsStatistics;
import org.onedoor.border.VehicleType;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Officers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Goods tonnage and vehicles cleared, grouped in Vietnam time by day, month or year. */
@Service
class GoodsStatisticsService implements GoodsStatistics {

    private final JdbcClient jdbc;
    private final Officers officers;
    private final AuditTrail audit;

    private final GoodsProperties properties;

    GoodsStatisticsService(JdbcClient jdbc, Officers officers, AuditTrail audit, GoodsProperties properties) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.officers = officers;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<Tonnage> tonnageByCommodity(String gate, LocalDate from, LocalDate to, Period period) {
        GoodsClearanceService.officerAt(gate, officers);
        List<Tonnage> rows = jdbc.sql("""
                        select date_trunc(:unit, v.decided_at at time zone 'Asia/Ho_Chi_Minh')::date as period,
                            v.commodity, m.name_vi, m.name_en, v.direction,
                            sum(coalesce(v.weighed_tonnes, v.declared_tonnes)) as tonnes, count(*) as crossings
                        from border.vehicle_crossing v join border.commodity m on m.hs_code = v.commodity
                        where v.gate = :gate and v.kind = 'GOODS' and v.decision = 'CLEAR'
                          and v.decided_at >= :from and v.decided_at < :to
                        group by 1, v.commodity, m.name_vi, m.name_en, v.direction
                        order by 1, v.commodity, v.direction""")
                .param("unit", unit(period)).param("gate", gate).param("from", start(from))
                .param("to", start(to.plusDays(1)))
                .query((rs, n) -> new Tonnage(rs.getObject("period", LocalDate.class), rs.getString("commodity"),
                        rs.getString("name_vi"), rs.getString("name_en"), Direction.valueOf(rs.getString("direction")),
                        rs.getBigDecimal("tonnes"), rs.getLong("crossings"))).list();
        audit.record("border.statistics.read", "goods-tonnage", gate, from + ".." + to + " " + period);
        return rows;
    }

    @Override
    @Transactional
    public List<Vehicles> vehiclesByType(String gate, LocalDate from, LocalDate to, Period period) {
        GoodsClearanceService.officerAt(gate, officers);
        List<Vehicles> rows = jdbc.sql("""
                        select date_trunc(:unit, decided_at at time zone 'Asia/Ho_Chi_Minh')::date as period,
                            vehicle_type, direction, count(*) as crossings,
                            avg(extract(epoch from decided_at - first_scan_at)) as seconds
                        from border.vehicle_crossing
                        where gate = :gate and decision = 'CLEAR' and vehicle_type is not null
                          and decided_at >= :from and decided_at < :to
                        group by 1, vehicle_type, direction order by 1, vehicle_type, direction""")
                .param("unit", unit(period)).param("gate", gate).param("from", start(from))
                .param("to", start(to.plusDays(1)))
                .query((rs, n) -> new Vehicles(rs.getObject("period", LocalDate.class),
                        VehicleType.valueOf(rs.getString("vehicle_type")), Direction.valueOf(rs.getString("direction")),
                        rs.getLong("crossings"), rs.getDouble("seconds"))).list();
        audit.record("border.statistics.read", "vehicles", gate, from + ".." + to + " " + period);
        return rows;
    }

    @Override
    @Transactional
    public Processing processing(String gate, LocalDate from, LocalDate to) {
        GoodsClearanceService.officerAt(gate, officers);
        long target = properties.target().toSeconds();
        Processing p = jdbc.sql("""
                        select count(*), count(*) filter (where decided_at - first_scan_at <= make_interval(secs => :target)),
                            coalesce(percentile_cont(0.5) within group (order by extract(epoch from decided_at - first_scan_at)), 0),
                            coalesce(percentile_cont(0.9) within group (order by extract(epoch from decided_at - first_scan_at)), 0)
                        from border.vehicle_crossing
                        where gate = :gate and kind = 'GOODS' and decided_at >= :from and decided_at < :to""")
                .param("gate", gate).param("from", start(from)).param("to", start(to.plusDays(1)))
                .param("target", target)
                .query((rs, n) -> new Processing(target, rs.getLong(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)))
                .single();
        audit.record("border.statistics.read", "goods-processing", gate, from + ".." + to);
        return p;
    }

    private static String unit(Period period) {
        return switch (period == null ? Period.DAY : period) {
            case DAY -> "day";
            case MONTH -> "month";
            case YEAR -> "year";
        };
    }

    private static Timestamp start(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(VietnamTime.ZONE).toInstant());
    }
}
