package org.onedoor.border.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.onedoor.common.VietnamTime;
import org.onedoor.platform.OneDoorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A month of goods and vehicles at Lệ Thanh (000.00.40.H21) when demo data is on (decision 0545), so the goods
 * statistics show something on a fresh start: the 30 days before today, about 52,200 tonnes (imports of dried
 * cassava chips, raw cashew, pepper and bananas from Ratanakiri; exports of fertilisers, consumer goods and
 * machinery), each consignment carried by one to four trucks, plus cars, vans and buses without goods. Fictitious
 * traders and plates, a fixed random seed (the same month each time), customs numbers of the right kind, processing
 * times around the 2-minute target. Only if the gate has no demo crossings yet; written with batch inserts in one
 * transaction (well under a second). Inserted directly: demo rows are not sent to the national system.
 */
@Component
@Order(91)
class GoodsDemoData implements ApplicationRunner {

    static final String LE_THANH = "000.00.40.H21";
    static final String OPENED_BY = "demo";
    static final int DAYS = 30;
    private static final Logger log = LoggerFactory.getLogger(GoodsDemoData.class);

    /** commodity, direction, tonnes a month, tonnes per truck, unit tonnes (null: counted in tonnes) */
    record Flow(String commodity, String direction, int tonnesPerMonth, int load, String unit, String description) {
    }

    static final List<Flow> FLOWS = List.of(
            new Flow("07141011", "ENTRY", 24_000, 32, "TNE", "Sắn lát khô"),
            new Flow("08013100", "ENTRY", 9_500, 28, "TNE", "Hạt điều thô"),
            new Flow("0904", "ENTRY", 1_800, 15, "TNE", "Hạt tiêu đen"),
            new Flow("0803", "ENTRY", 2_400, 16, "TNE", "Chuối tươi"),
            new Flow("3105", "EXIT", 7_200, 30, "TNE", "Phân bón NPK 16-16-8"),
            new Flow("3102", "EXIT", 2_600, 30, "TNE", "Phân urê"),
            new Flow("1902", "EXIT", 1_500, 12, "TNE", "Mì ăn liền"),
            new Flow("2202", "EXIT", 1_400, 14, "TNE", "Nước giải khát"),
            new Flow("3402", "EXIT", 900, 12, "TNE", "Bột giặt"),
            new Flow("8429", "EXIT", 500, 20, "UNT", "Máy xúc đào"),
            new Flow("8701", "EXIT", 400, 10, "UNT", "Máy kéo nông nghiệp"));

    private static final String[][] CAMBODIAN = {{"Ratanakiri Agro Trading Co., Ltd", "KH-RTK-0001"},
            {"Banlung Cashew Export Co., Ltd", "KH-RTK-0002"}, {"O Yadav Pepper Farm Co., Ltd", "KH-RTK-0003"},
            {"Sesan Import Distribution Co., Ltd", "KH-RTK-0004"}};
    private static final String[][] VIETNAMESE = {{"Công ty TNHH Nông sản Đức Cơ (demo)", "5900000011"},
            {"Công ty CP Chế biến Điều Gia Lai (demo)", "5900000022"},
            {"Công ty TNHH Thương mại Lệ Thanh (demo)", "5900000033"},
            {"Công ty CP Phân bón Tây Nguyên (demo)", "5900000044"}};

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final OneDoorProperties properties;

    GoodsDemoData(JdbcTemplate jdbc, TransactionTemplate tx, OneDoorProperties properties) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo()) {
            seed(LocalDate.now(VietnamTime.ZONE));
        }
    }

    /** Seeds the 30 days before {@code today}; false when the gate already had demo crossings. */
    boolean seed(LocalDate today) {
        long started = System.nanoTime();
        Boolean done = tx.execute(status -> {
            jdbc.execute("lock table border.vehicle_crossing in share row exclusive mode");
            Boolean present = jdbc.queryForObject("select exists (select 1 from border.vehicle_crossing"
                    + " where gate = ? and opened_by = ?)", Boolean.class, LE_THANH, OPENED_BY);
            if (Boolean.TRUE.equals(present)) {
                return false;
            }
            write(today);
            return true;
        });
        if (Boolean.TRUE.equals(done)) {
            log.info("Lệ Thanh goods demo month seeded in {} ms", (System.nanoTime() - started) / 1_000_000);
        }
        return Boolean.TRUE.equals(done);
    }

    private void write(LocalDate today) {
        Random r = new Random(2026);
        List<Object[]> consignments = new ArrayList<>();
        List<Object[]> carriers = new ArrayList<>();
        List<Object[]> crossings = new ArrayList<>();
        int seq = 0;
        for (Flow f : FLOWS) {
            int trucksPerMonth = Math.max(1, Math.round((float) f.tonnesPerMonth() / f.load()));
            int truck = 0;
            while (truck < trucksPerMonth) {
                int inConsignment = Math.min(trucksPerMonth - truck, 1 + r.nextInt(4));
                LocalDate day = today.minusDays(1 + r.nextInt(DAYS));
                String reference = "BG-Z%09d".formatted(++seq);
                boolean entry = f.direction().equals("ENTRY");
                String[] cam = CAMBODIAN[r.nextInt(CAMBODIAN.length)];
                String[] vn = VIETNAMESE[r.nextInt(VIETNAMESE.length)];
                BigDecimal perTruck = tonnes(f.load() * (0.9 + 0.2 * r.nextDouble()));
                BigDecimal total = perTruck.multiply(BigDecimal.valueOf(inConsignment));
                BigDecimal quantity = f.unit().equals("UNT")
                        ? BigDecimal.valueOf(Math.max(1, Math.round(total.doubleValue() / 10))) : total;
                consignments.add(new Object[] {reference, LE_THANH, f.direction(), entry ? cam[0] : vn[0],
                        entry ? cam[1] : vn[1], entry ? vn[0] : cam[0], entry ? vn[1] : cam[1], f.commodity(),
                        f.commodity(), f.description(), quantity, f.unit(), total, day});
                for (int k = 0; k < inConsignment; k++, truck++) {
                    boolean cambodian = r.nextInt(3) == 0;
                    String plate = cambodian ? (1 + r.nextInt(9)) + "A" + "%04d".formatted(r.nextInt(10_000))
                            : "81C" + "%05d".formatted(r.nextInt(100_000));
                    carriers.add(new Object[] {reference, cambodian ? "KHM" : "VNM", plate});
                    BigDecimal weighed = tonnes(perTruck.doubleValue() * (0.98 + 0.04 * r.nextDouble()));
                    crossings.add(crossing(r, day, f.direction(), "GOODS", cambodian ? "KHM" : "VNM", plate,
                            f.load() >= 25 ? "CONTAINER_TRUCK" : "TRUCK", reference, f.commodity(), perTruck,
                            weighed, customs(r, entry)));
                }
            }
        }
        String[] types = {"CAR", "CAR", "VAN", "BUS", "TRUCK"};
        for (int i = 0; i < 600; i++) {
            LocalDate day = today.minusDays(1 + r.nextInt(DAYS));
            boolean cambodian = r.nextInt(3) == 0;
            String plate = cambodian ? (1 + r.nextInt(9)) + "B" + "%04d".formatted(r.nextInt(10_000))
                    : "81A" + "%05d".formatted(r.nextInt(100_000));
            crossings.add(crossing(r, day, r.nextBoolean() ? "ENTRY" : "EXIT", "VEHICLE", cambodian ? "KHM" : "VNM",
                    plate, types[r.nextInt(types.length)], null, null, null, null, null));
        }
        // consignment_vehicle has (consignment, plate) as key: a truck twice in one consignment counts once
        jdbc.batchUpdate("""
                insert into border.consignment (reference, gate, direction, exporter_name, exporter_code,
                    importer_name, importer_code, hs_code, commodity, description, quantity, unit, tonnes, planned_date)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", consignments);
        jdbc.batchUpdate("""
                insert into border.consignment_vehicle (consignment_id, plate_country, plate)
                select id, ?, ? from border.consignment where reference = ? on conflict do nothing""",
                carriers.stream().map(c -> new Object[] {c[1], c[2], c[0]}).toList());
        jdbc.batchUpdate("""
                insert into border.vehicle_crossing (gate, direction, kind, plate_country, plate, vehicle_type,
                    consignment_reference, hs_code, commodity, declared_tonnes, weighed_tonnes, weighed_at,
                    customs_declaration, opened_by, first_scan_at, decision, reason, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", crossings);
    }

    private static Object[] crossing(Random r, LocalDate day, String direction, String kind, String country,
                                     String plate, String type, String consignment, String commodity,
                                     BigDecimal declared, BigDecimal weighed, String customs) {
        Instant first = day.atTime(7, 0).atZone(VietnamTime.ZONE).toInstant()
                .plusSeconds(r.nextInt(10 * 3600));
        // processing time: mostly 50–110 s, a tail of slower cases (checks, secondary inspection)
        long seconds = 45 + Math.round(Math.abs(r.nextGaussian()) * 40) + (r.nextInt(10) == 0 ? 60 + r.nextInt(240) : 0);
        int roll = r.nextInt(1000);
        String decision = roll < 970 ? "CLEAR" : roll < 995 ? "SECONDARY" : "REFUSE";
        String reason = decision.equals("REFUSE") ? "Hồ sơ không khớp (demo)" : null;
        Instant decided = first.plusSeconds(seconds);
        return new Object[] {LE_THANH, direction, kind, country, plate, type, consignment, commodity, commodity,
                declared, weighed, weighed == null ? null : Timestamp.from(first.plusSeconds(seconds / 2)), customs,
                OPENED_BY, Timestamp.from(first), decision, reason, "bienphong.lethanh", Timestamp.from(decided)};
    }

    private static String customs(Random r, boolean entry) {
        return (entry ? "1" : "3") + "0" + "%010d".formatted((long) (r.nextDouble() * 10_000_000_000L));
    }

    private static BigDecimal tonnes(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
