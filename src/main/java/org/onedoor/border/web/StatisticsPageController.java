package org.onedoor.border.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.onedoor.border.BorderStatistics;
import org.onedoor.border.CrossingStatistics;
import org.onedoor.border.GoodsStatistics;
import org.onedoor.common.VietnamTime;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/** The station commander's statistics of persons, vehicles and goods crossing, with CSV and XLSX exports. */
@Controller
@PreAuthorize("hasAnyRole('BORDER_SUPERVISOR', 'ADMIN')")
class StatisticsPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final BorderStatistics statistics;
    private final GoodsStatistics goods;

    StatisticsPageController(BorderStatistics statistics, GoodsStatistics goods) {
        this.statistics = statistics;
        this.goods = goods;
    }

    private GoodsFigures goods(String gate, CrossingStatistics s, GoodsStatistics.Period period) {
        return new GoodsFigures(period, goods.vehiclesByType(gate, s.from(), s.to(), period),
                goods.tonnageByCommodity(gate, s.from(), s.to(), period), goods.processing(gate, s.from(), s.to()));
    }

    private CrossingStatistics load(String gate, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        LocalDate end = to == null ? today : to;
        return statistics.persons(gate, from == null ? end.withDayOfMonth(1) : from, end);
    }

    @GetMapping("/border/{gate}/statistics")
    String page(@PathVariable String gate, @RequestParam(required = false) LocalDate from,
                @RequestParam(required = false) LocalDate to,
                @RequestParam(defaultValue = "DAY") GoodsStatistics.Period period, Model model, Locale locale) {
        CrossingStatistics s = load(gate, from, to);
        GoodsFigures g = goods(gate, s, period);
        model.addAttribute("period", period);
        model.addAttribute("periods", GoodsStatistics.Period.values());
        model.addAttribute("g", g);
        Map<String, Object> goodsChart = new LinkedHashMap<>();
        goodsChart.put("vehiclesByType", g.vehiclesByType());
        goodsChart.put("tonnesByCommodity", g.tonnesByCommodity());
        goodsChart.put("tonnesPerPeriod", g.tonnesPerPeriod());
        goodsChart.put("names", g.commodityNames(locale.getLanguage()));
        model.addAttribute("goodsChart", JSON.writeValueAsString(goodsChart));
        model.addAttribute("gate", gate);
        model.addAttribute("s", s);
        Map<String, Map<String, Long>> groups = new java.util.LinkedHashMap<>();
        groups.put("byDirection", s.byDirection());
        groups.put("byNationality", s.byNationality());
        groups.put("byDocumentType", s.byDocumentType());
        groups.put("byDecision", s.byDecision());
        model.addAttribute("groups", groups);
        model.addAttribute("chartData", JSON.writeValueAsString(Map.of("perDay", s.perDay(),
                "byNationality", s.byNationality())));
        return "border/statistics";
    }

    @GetMapping("/border/{gate}/statistics.csv")
    ResponseEntity<byte[]> csv(@PathVariable String gate, @RequestParam(required = false) LocalDate from,
                               @RequestParam(required = false) LocalDate to) {
        CrossingStatistics s = load(gate, from, to);
        StringBuilder b = new StringBuilder("section,key,entries,exits,total\n");
        s.perDay().forEach(p -> b.append("day,").append(p.key()).append(',').append(p.entries()).append(',')
                .append(p.exits()).append(',').append(p.total()).append('\n'));
        s.perMonth().forEach(p -> b.append("month,").append(p.key()).append(',').append(p.entries()).append(',')
                .append(p.exits()).append(',').append(p.total()).append('\n'));
        s.perYear().forEach(p -> b.append("year,").append(p.key()).append(',').append(p.entries()).append(',')
                .append(p.exits()).append(',').append(p.total()).append('\n'));
        s.byNationality().forEach((k, v) -> b.append("nationality,").append(k).append(",,,").append(v).append('\n'));
        s.byDocumentType().forEach((k, v) -> b.append("documentType,").append(k).append(",,,").append(v).append('\n'));
        s.byDirection().forEach((k, v) -> b.append("direction,").append(k).append(",,,").append(v).append('\n'));
        s.byDecision().forEach((k, v) -> b.append("decision,").append(k).append(",,,").append(v).append('\n'));
        b.append("processing,targetSeconds,,,").append(s.targetSeconds()).append('\n')
                .append("processing,withinTarget,,,").append(s.withinTarget()).append('\n')
                .append("processing,p50Seconds,,,").append(Math.round(s.p50Seconds())).append('\n')
                .append("processing,p90Seconds,,,").append(Math.round(s.p90Seconds())).append('\n');
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"border-" + gate + "-" + s.from()
                        + "-" + s.to() + ".csv\"")
                .body(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/border/{gate}/statistics-goods.csv")
    ResponseEntity<byte[]> goodsCsv(@PathVariable String gate, @RequestParam(required = false) LocalDate from,
                                    @RequestParam(required = false) LocalDate to,
                                    @RequestParam(defaultValue = "DAY") GoodsStatistics.Period period) {
        CrossingStatistics s = load(gate, from, to);
        GoodsFigures g = goods(gate, s, period);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"border-goods-" + gate + "-" + s.from()
                        + "-" + s.to() + ".csv\"")
                .body(StatisticsTables.csv(StatisticsTables.goods(g.vehicles(), g.tonnage(), g.processing(), period)));
    }

    @GetMapping("/border/{gate}/statistics.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String gate, @RequestParam(required = false) LocalDate from,
                                @RequestParam(required = false) LocalDate to,
                                @RequestParam(defaultValue = "DAY") GoodsStatistics.Period period) {
        CrossingStatistics s = load(gate, from, to);
        GoodsFigures g = goods(gate, s, period);
        List<StatisticsTables.Section> sections = new ArrayList<>(StatisticsTables.persons(s));
        sections.addAll(StatisticsTables.goods(g.vehicles(), g.tonnage(), g.processing(), period));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(StatisticsTables.XLSX_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"border-" + gate + "-" + s.from()
                        + "-" + s.to() + ".xlsx\"")
                .body(StatisticsTables.xlsx(sections));
    }
}
