package org.onedoor.border.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onedoor.border.GoodsStatistics;

/** The goods figures of the page's period, grouped for the charts and tables (decision 0540). */
public record GoodsFigures(GoodsStatistics.Period period, List<GoodsStatistics.Vehicles> vehicles,
                           List<GoodsStatistics.Tonnage> tonnage, GoodsStatistics.Processing processing) {

    /** vehicle type → direction → crossings */
    public Map<String, Map<String, Long>> vehiclesByType() {
        Map<String, Map<String, Long>> out = new TreeMap<>();
        vehicles.forEach(v -> out.computeIfAbsent(v.vehicleType().name(), k -> directions(0L))
                .merge(v.direction().name(), v.crossings(), Long::sum));
        return out;
    }

    /** commodity code → direction → tonnes, over the whole period */
    public Map<String, Map<String, BigDecimal>> tonnesByCommodity() {
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        tonnage.forEach(t -> out.computeIfAbsent(t.hsCode(), k -> directions(BigDecimal.ZERO))
                .merge(t.direction().name(), t.tonnes(), BigDecimal::add));
        return out;
    }

    /** period key → direction → tonnes */
    public Map<String, Map<String, BigDecimal>> tonnesPerPeriod() {
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        tonnage.forEach(t -> out.computeIfAbsent(StatisticsTables.key(t.period(), period), k -> directions(BigDecimal.ZERO))
                .merge(t.direction().name(), t.tonnes(), BigDecimal::add));
        return out;
    }

    public Map<String, String> commodityNames(String language) {
        Map<String, String> out = new TreeMap<>();
        tonnage.forEach(t -> out.put(t.hsCode(), "vi".equals(language) ? t.commodityVi() : t.commodityEn()));
        return out;
    }

    public BigDecimal totalTonnes() {
        return tonnage.stream().map(GoodsStatistics.Tonnage::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long totalVehicles() {
        return vehicles.stream().mapToLong(GoodsStatistics.Vehicles::crossings).sum();
    }

    private static <T> Map<String, T> directions(T zero) {
        Map<String, T> m = new LinkedHashMap<>();
        m.put("ENTRY", zero);
        m.put("EXIT", zero);
        return m;
    }
}
