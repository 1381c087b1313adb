package org.onedoor.border.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.ConsignmentRequest;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsClearance;
import org.onedoor.border.GoodsClearanceCase;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.GoodsScanInput;
import org.onedoor.border.ScanInput;
import org.onedoor.border.TonnageTolerances;
import org.onedoor.border.Trader;
import org.onedoor.border.TripValidity;
import org.onedoor.border.WatchList;
import org.onedoor.border.WeighIn;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 5, border-ops2: the goods figures of the statistics page and its exports (hand-computed values at a gate of
 * its own), the demo month of goods, the guard's photo, tonnage tolerance settings, the file-drop watch-list inbox
 * and the HTTP exchange channel against a real local HTTP server that is down for a while.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BorderOps2IntegrationTest {

    static final String LE_THANH = "000.00.40.H21";
    /** A gate of this test only, so figures are not mixed with other tests' crossings (one database per JVM). */
    static final String STATS_GATE = "000.00.40.T99";
    static final Path EXCHANGE_DIR;
    static final HttpServer NATIONAL;
    static final AtomicBoolean DOWN = new AtomicBoolean();
    /** key → body of every record the national system stored (once per key) */
    static final Map<String, String> STORED = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    static final Set<String> LOSE_ANSWER_ONCE = ConcurrentHashMap.newKeySet();
    static final List<String> AUTHORIZATION = new CopyOnWriteArrayList<>();

    static {
        try {
            EXCHANGE_DIR = Files.createTempDirectory("border-exchange");
            NATIONAL = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        NATIONAL.createContext("/records", x -> {
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            byte[] body = x.getRequestBody().readAllBytes();
            ATTEMPTS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            AUTHORIZATION.add(String.valueOf(x.getRequestHeaders().getFirst("Authorization")));
            int status;
            if (DOWN.get()) {
                status = 503;
            } else if (STORED.putIfAbsent(key, new String(body, StandardCharsets.UTF_8)) != null) {
                status = 409; // already have it
            } else {
                // stored, but the answer may get lost on the way back (the sender must retry, the key dedups)
                status = LOSE_ANSWER_ONCE.remove(key) ? 503 : 201;
            }
            x.sendResponseHeaders(status, -1);
            x.close();
        });
        NATIONAL.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry r) {
        r.add("onedoor.border.exchange.channel", () -> "http");
        r.add("onedoor.border.exchange.url", () -> "http://127.0.0.1:" + NATIONAL.getAddress().getPort() + "/records");
        r.add("onedoor.border.exchange.secret", () -> "s3cret");
        r.add("onedoor.border.exchange.directory", EXCHANGE_DIR::toString);
        r.add("onedoor.border.exchange.resubmit-every", () -> "1h");
        r.add("onedoor.border.exchange.inbox-every", () -> "1h");
        r.add("onedoor.border.photo-max-size", () -> "64KB");
    }

    @AfterAll
    static void stop() {
        NATIONAL.stop(0);
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired Clearance clearance;
    @Autowired GoodsClearance goodsClearance;
    @Autowired GoodsDeclarations goodsDeclarations;
    @Autowired TonnageTolerances tolerances;
    @Autowired WatchList watchList;
    @Autowired ExchangeOutbox outbox;
    @Autowired ExchangeInboxFiles inbox;
    @Autowired GoodsDemoData demo;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        DOWN.set(false);
    }

    static UsernamePasswordAuthenticationToken officer(String user, String gate, Role role) {
        var p = new AccountPrincipal(user, user, gate, Set.of(role), Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities());
    }

    static void actAs(String user, String gate, Role role) {
        SecurityContextHolder.getContext().setAuthentication(officer(user, gate, role));
    }

    long audits(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action)
                .query(Long.class).single();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out").isLessThan(until);
            Thread.sleep(50);
        }
    }

    // ---- 1. statistics -------------------------------------------------------------------------------------------

    void crossing(String kind, String direction, String type, String commodity, String declared, String weighed,
                  String localFirstScan, int seconds, String decision) {
        OffsetDateTime first = LocalDateTime.parse(localFirstScan).atZone(VietnamTime.ZONE).toOffsetDateTime();
        jdbc.sql("""
                        insert into border.vehicle_crossing (gate, direction, kind, plate, vehicle_type,
                            consignment_reference, hs_code, commodity, declared_tonnes, weighed_tonnes,
                            customs_declaration, opened_by, first_scan_at, decision, reason, decided_by, decided_at)
                        values (:gate, :direction, :kind, '81C12345', :type, :consignment, :commodity, :commodity,
                            :declared::numeric, :weighed::numeric, :customs, 'test', :first, :decision, :reason,
                            'test', :decided)""")
                .param("gate", STATS_GATE).param("direction", direction).param("kind", kind).param("type", type)
                .param("consignment", kind.equals("GOODS") ? "BG-TEST000001" : null).param("commodity", commodity)
                .param("declared", declared).param("weighed", weighed)
                .param("customs", kind.equals("GOODS") ? (direction.equals("ENTRY") ? "1" : "3") + "00000000001" : null)
                .param("first", first).param("decision", decision)
                .param("reason", decision.equals("REFUSE") ? "test" : null).param("decided", first.plusSeconds(seconds))
                .update();
    }

    void insertStatisticsCrossings() {
        if (jdbc.sql("select count(*) from border.vehicle_crossing where gate = :g").param("g", STATS_GATE)
                .query(Long.class).single() > 0) {
            return;
        }
        crossing("GOODS", "ENTRY", "TRUCK", "07141011", "30", "29.5", "2025-03-10T08:00:00", 60, "CLEAR");
        crossing("GOODS", "ENTRY", "CONTAINER_TRUCK", "07141011", "32", null, "2025-03-10T23:30:00", 100, "CLEAR");
        // 06:00 in Vietnam is still 10 March in UTC: counted on 11 March
        crossing("GOODS", "EXIT", "TRUCK", "3105", "20", "20.4", "2025-03-11T06:00:00", 150, "CLEAR");
        crossing("GOODS", "EXIT", "TRUCK", "3105", "20", "10", "2025-03-11T09:00:00", 300, "SECONDARY");
        crossing("VEHICLE", "ENTRY", "CAR", null, null, null, "2025-04-02T10:00:00", 30, "CLEAR");
        crossing("GOODS", "ENTRY", "TRUCK", "08013100", "25", "25", "2025-04-02T11:00:00", 90, "CLEAR");
        // outside the period
        crossing("GOODS", "ENTRY", "TRUCK", "08013100", "25", "25", "2025-05-01T00:10:00", 90, "CLEAR");
    }

    static List<List<String>> rows(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(switch (c.getCellType()) {
                case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                default -> c.getStringCellValue();
            }));
            out.add(cells);
        }
        return out;
    }

    @Test
    void goodsFiguresOnThePageAndInTheExportsMatchHandComputedValues() throws Exception {
        insertStatisticsCrossings();
        var supervisor = officer("chihuy.t99", STATS_GATE, Role.BORDER_SUPERVISOR);
        long reads = audits("border.statistics.read");
        String base = "/border/" + STATS_GATE + "/statistics?from=2025-03-01&to=2025-04-30";

        String html = mvc.perform(get(base + "&period=DAY").with(authentication(supervisor)).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"vehicles-goods\"", "id=\"chart-tonnage\"", "echarts.min.js")
                // 5 vehicles cleared (the car and four trucks), 29.5 + 32 + 20.4 + 25 tonnes
                .contains("Vehicles cleared: 5; goods: 106.9 tonnes.")
                // 5 goods crossings decided (any decision): 60, 100, 150, 300, 90 s; 3 within 120 s; p50 100, p90 240
                .contains("Processing time of 5 goods crossings: 3 within the 120-second target (60 %); median 100 s, 90 % within 240 s.")
                .contains("id=\"tonnage-07141011\"")
                // vehicle types and tonnes as the reader's language writes them, not as codes
                .contains("<th scope=\"row\">Container truck</th>", "<td>61.5</td>", "data-entry=\"Entry\"")
                .doesNotContain("<th scope=\"row\">CONTAINER_TRUCK</th>");
        assertThat(audits("border.statistics.read")).isGreaterThanOrEqualTo(reads + 4); // persons, vehicles, tonnage, processing

        MvcResult xlsx = mvc.perform(get("/border/" + STATS_GATE + "/statistics.xlsx?from=2025-03-01&to=2025-04-30&period=DAY")
                .with(authentication(supervisor))).andReturn();
        assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
        assertThat(xlsx.getResponse().getContentType()).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            assertThat(book.getSheet("persons-day")).isNotNull();
            assertThat(rows(book.getSheet("persons-processing")).get(1).get(0)).isEqualTo("60");
            assertThat(rows(book.getSheet("goods-tonnage"))).containsExactly(
                    List.of("period", "hsCode", "commodityVi", "commodityEn", "direction", "tonnes", "crossings"),
                    List.of("2025-03-10", "07141011", "Sắn lát khô", "Dried cassava chips", "ENTRY", "61.5", "2"),
                    List.of("2025-03-11", "3105", "Phân bón hỗn hợp (NPK) và phân bón khác",
                            "Mixed (NPK) and other fertilisers", "EXIT", "20.4", "1"),
                    List.of("2025-04-02", "08013100", "Hạt điều thô (chưa bóc vỏ)", "Raw cashew nuts, in shell",
                            "ENTRY", "25", "1"));
            assertThat(rows(book.getSheet("goods-processing")).get(1))
                    .containsExactly("120", "5", "3", "0.6", "100", "240");
            assertThat(book.getSheet("goods-processing").getRow(1).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
        }

        // per month: the two March days fold into one row per commodity and direction; vehicles by type
        MvcResult csv = mvc.perform(get("/border/" + STATS_GATE + "/statistics-goods.csv?from=2025-03-01&to=2025-04-30&period=MONTH")
                .with(authentication(supervisor))).andReturn();
        String text = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFvehicles\r\nperiod,vehicleType,direction,crossings,averageProcessingSeconds\r\n")
                .contains("2025-03,CONTAINER_TRUCK,ENTRY,1,100.0\r\n", "2025-03,TRUCK,ENTRY,1,60.0\r\n",
                        "2025-03,TRUCK,EXIT,1,150.0\r\n", "2025-04,CAR,ENTRY,1,30.0\r\n", "2025-04,TRUCK,ENTRY,1,90.0\r\n")
                .contains("2025-03,07141011,Sắn lát khô,Dried cassava chips,ENTRY,61.500,2\r\n")
                .contains("2025-04,08013100,")
                .doesNotContain("2025-05");

        // year
        String year = mvc.perform(get(base + "&period=YEAR").with(authentication(supervisor)))
                .andReturn().getResponse().getContentAsString();
        assertThat(year).contains("&quot;2025&quot;:{&quot;ENTRY&quot;:86.500,&quot;EXIT&quot;:20.400}");

        // a guard of the gate does not see the commander's statistics; an officer of another gate neither
        assertThat(mvc.perform(get(base).with(authentication(officer("bp.t99", STATS_GATE, Role.BORDER_GUARD))))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/border/" + STATS_GATE + "/statistics.xlsx").with(authentication(
                officer("chihuy.lethanh", LE_THANH, Role.BORDER_SUPERVISOR)))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    // ---- 2. demo month -------------------------------------------------------------------------------------------

    @Test
    void aDemoMonthOfGoodsIsSeededOnceAtLeThanhQuickly() {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        long seeded = jdbc.sql("select count(*) from border.vehicle_crossing where gate = :g and opened_by = 'demo'")
                .param("g", LE_THANH).query(Long.class).single();
        assertThat(seeded).isGreaterThan(2000);
        BigDecimal tonnes = jdbc.sql("""
                        select sum(coalesce(weighed_tonnes, declared_tonnes)) from border.vehicle_crossing
                        where gate = :g and opened_by = 'demo' and kind = 'GOODS'""")
                .param("g", LE_THANH).query(BigDecimal.class).single();
        assertThat(tonnes).isBetween(new BigDecimal("49000"), new BigDecimal("55000")); // ~52,200 t a month
        List<String> commodities = jdbc.sql("""
                        select distinct commodity || ' ' || direction from border.vehicle_crossing
                        where gate = :g and opened_by = 'demo' and kind = 'GOODS'""")
                .param("g", LE_THANH).query(String.class).list();
        assertThat(commodities).contains("07141011 ENTRY", "08013100 ENTRY", "0904 ENTRY", "3105 EXIT", "1902 EXIT",
                "8429 EXIT");
        assertThat(jdbc.sql("""
                        select count(*) from border.vehicle_crossing where gate = :g and opened_by = 'demo'
                          and (decided_at >= :today or decided_at < :from)""")
                .param("g", LE_THANH).param("today", today.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
                .param("from", today.minusDays(31).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime())
                .query(Long.class).single()).as("only the 30 days before today").isZero();
        assertThat(demo.seed(today)).as("idempotent").isFalse();
        assertThat(jdbc.sql("select count(*) from border.vehicle_crossing where gate = :g and opened_by = 'demo'")
                .param("g", LE_THANH).query(Long.class).single()).isEqualTo(seeded);

        // on a fresh database (simulated: the demo rows removed in a transaction rolled back) it takes < 2 s
        tx.executeWithoutResult(status -> {
            jdbc.sql("delete from border.vehicle_crossing where gate = :g and opened_by = 'demo'").param("g", LE_THANH).update();
            jdbc.sql("delete from border.consignment where reference like 'BG-Z%'").update();
            long started = System.nanoTime();
            assertThat(demo.seed(today)).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            status.setRollbackOnly();
        });
    }

    // ---- 3. photo ------------------------------------------------------------------------------------------------

    static final byte[] JPEG = jpeg(2_000);

    static byte[] jpeg(int size) {
        byte[] b = new byte[size];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        b[3] = (byte) 0xE0;
        for (int i = 4; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    @Test
    void theGuardAttachesAPhotoToTheCrossingViewableOnlyAtTheGateAndAudited() throws Exception {
        actAs("bienphong.lethanh", LE_THANH, Role.BORDER_GUARD);
        ClearanceCase c = clearance.scan(LE_THANH, new ScanInput(null,
                BorderOpsIntegrationTest.passport("NGUYEN<<VAN<AN", "VNM", "E77001234", "900101"), Direction.EXIT));
        SecurityContextHolder.clearContext();
        var guard = officer("bienphong.lethanh", LE_THANH, Role.BORDER_GUARD);
        String url = "/border/" + LE_THANH + "/clearance/" + c.crossingId() + "/photo";

        String page = mvc.perform(get("/border/" + LE_THANH + "/clearance").with(authentication(guard)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("photo-form"); // shown with a scanned case only
        String scanned = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/border/" + LE_THANH + "/clearance/scan").with(authentication(guard)).with(csrf())
                        .param("scan", BorderOpsIntegrationTest.passport("NGUYEN<<VAN<BINH", "VNM", "E77001235", "900101"))
                        .param("direction", "EXIT"))
                .andReturn().getResponse().getContentAsString();
        assertThat(scanned).contains("id=\"photo-form\"", "capture=\"environment\"", "accept=\"image/jpeg,image/png\"");

        long stored = audits("border.image.store");
        String ok = mvc.perform(multipart(url).file(new MockMultipartFile("photo", "lane.jpg", "image/jpeg", JPEG))
                        .with(authentication(guard)).with(csrf()).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(ok).contains("id=\"photo-saved\"", "Photo saved.");
        assertThat(audits("border.image.store")).isEqualTo(stored + 1);
        var image = jdbc.sql("select id, sha256, media_type, size from border.crossing_image where crossing_id = :c and kind = 'PHOTO'")
                .param("c", c.crossingId()).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getLong(4)}).single();
        assertThat(image[2]).isEqualTo("image/jpeg");
        assertThat(image[3]).isEqualTo(2_000L);
        assertThat(image[1]).isEqualTo(ExchangeInboxFiles.sha256(JPEG)); // content-addressed
        assertThat(ok).contains("/border/" + LE_THANH + "/clearance/images/" + image[0]);

        long reads = audits("border.image.read");
        MvcResult view = mvc.perform(get("/border/" + LE_THANH + "/clearance/images/" + image[0]).with(authentication(guard)))
                .andReturn();
        assertThat(view.getResponse().getStatus()).isEqualTo(200);
        assertThat(view.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(view.getResponse().getContentAsByteArray()).isEqualTo(JPEG);
        assertThat(audits("border.image.read")).isEqualTo(reads + 1);
        // another gate's officer, or a non-border officer, sees nothing (and nothing is read)
        assertThat(mvc.perform(get("/border/" + LE_THANH + "/clearance/images/" + image[0]).with(authentication(
                officer("bp.t99", STATS_GATE, Role.BORDER_GUARD)))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/border/" + LE_THANH + "/clearance/images/" + image[0]).with(authentication(
                officer("desk", LE_THANH, Role.DESK_OFFICER)))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(audits("border.image.read")).isEqualTo(reads + 1);

        // type by the bytes (a text file called .jpg), size by the setting (64 KB here), nothing chosen: localised
        String wrongType = mvc.perform(multipart(url).file(new MockMultipartFile("photo", "x.jpg", "image/jpeg",
                        "not an image".getBytes(StandardCharsets.UTF_8))).with(authentication(guard)).with(csrf())
                        .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(wrongType).contains("id=\"photo-errors\"", "Only JPEG or PNG images are accepted.");
        String tooLarge = mvc.perform(multipart(url).file(new MockMultipartFile("photo", "big.jpg", "image/jpeg",
                        jpeg(65 * 1024))).with(authentication(guard)).with(csrf()).header("Accept-Language", "vi"))
                .andReturn().getResponse().getContentAsString();
        assertThat(tooLarge).contains("Ảnh quá lớn: tối đa 64 KB.");
        String empty = mvc.perform(multipart(url).with(authentication(guard)).with(csrf())
                .header("Accept-Language", "id")).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Silakan pilih atau ambil foto.");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        mvc.perform(multipart(url).file(new MockMultipartFile("photo", "p.png", "application/octet-stream", png))
                .with(authentication(guard)).with(csrf())).andReturn();
        assertThat(jdbc.sql("select media_type from border.crossing_image where crossing_id = :c and kind = 'PHOTO' order by id")
                .param("c", c.crossingId()).query(String.class).list()).containsExactly("image/jpeg", "image/png");
    }

    // ---- 4. tonnage tolerance ------------------------------------------------------------------------------------

    @Test
    void theTonnageToleranceIsASupervisorSettingPerGateAndCommodityUsedByTheLane() throws Exception {
        var commander = officer("chihuy.t99", STATS_GATE, Role.BORDER_SUPERVISOR);
        long audited = audits("border.tolerance.set");
        String api = "/api/v1/border/" + STATS_GATE + "/tonnage-tolerances";
        var bad = mvc.perform(put(api).with(authentication(commander)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"percent\":60}").header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("percent", "between 0 and 50 %");
        assertThat(mvc.perform(put(api).with(authentication(commander)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"percent\":5,\"commodity\":\"9999\"}")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(put(api).with(authentication(officer("bp.t99", STATS_GATE, Role.BORDER_GUARD)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"percent\":8}")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(put(api).with(authentication(officer("chihuy.lethanh", LE_THANH, Role.BORDER_SUPERVISOR)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"percent\":8}")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(audits("border.tolerance.set")).isEqualTo(audited);

        var ok = mvc.perform(put(api).with(authentication(commander)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"percent\":8}")).andReturn().getResponse();
        assertThat(ok.getStatus()).as(ok.getContentAsString()).isEqualTo(200);
        assertThat(ok.getContentAsString()).contains("\"source\":\"GATE\"", "\"percent\":8");
        mvc.perform(put(api).with(authentication(commander)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"percent\":12.5,\"minimumTonnes\":0.5,\"commodity\":\"0803\"}")).andReturn();
        assertThat(audits("border.tolerance.set")).isEqualTo(audited + 2);
        assertThat(tolerances.effective(STATS_GATE, "0803").percent()).isEqualByComparingTo("12.5");
        assertThat(tolerances.effective(STATS_GATE, "0803").source()).isEqualTo("COMMODITY");
        assertThat(tolerances.effective(STATS_GATE, "3105").percent()).isEqualByComparingTo("8");
        assertThat(tolerances.effective("000.00.40.X00", "3105").source()).isEqualTo("DEFAULT");
        assertThat(tolerances.effective("000.00.40.X00", "3105").percent()).isEqualByComparingTo("5");
        String form = mvc.perform(get("/border/" + STATS_GATE + "/tonnage-tolerance").with(authentication(commander))
                .header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"tolerance-form\"", "Whole gate", "12.50");
        String refused = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/border/" + STATS_GATE + "/tonnage-tolerance").with(authentication(commander)).with(csrf())
                .param("percent", "abc").header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("id=\"tolerance-errors\"", "Please enter a number.");

        // the lane at Lệ Thanh: pepper declared 30 t, weighed 34 t (13 % more)
        actAs("chihuy.lethanh", LE_THANH, Role.BORDER_SUPERVISOR);
        try {
            tolerances.set(LE_THANH, "0904", new BigDecimal("15"), null);
            assertThat(weighPepper("34")).doesNotContain("border.goods.match.tonnage");
            tolerances.remove(LE_THANH, "0904");
            assertThat(weighPepper("34")).contains("border.goods.match.tonnage"); // the 5 % default again
        } finally {
            tolerances.remove(LE_THANH, "0904");
        }
        assertThatThrownBy(() -> tolerances.set(LE_THANH, null, new BigDecimal("-1"), null))
                .isInstanceOf(DomainException.class);
    }

    List<String> weighPepper(String tonnes) {
        String plate = "81C" + (10000 + (int) (System.nanoTime() % 89999));
        var declared = goodsDeclarations.declareConsignment(new ConsignmentRequest(LE_THANH, Direction.ENTRY,
                new Trader("O Yadav Pepper Farm", "KH-1"), new Trader("Công ty TNHH Gia vị Tây Nguyên", "5900123456"),
                "0904.11.10", "Hạt tiêu đen", new BigDecimal("30"), "TNE", new BigDecimal("30"), List.of(plate),
                TripValidity.single(LocalDate.now(VietnamTime.ZONE)), "vi"));
        GoodsClearanceCase c = goodsClearance.scan(LE_THANH, new GoodsScanInput(declared.reference(), null, null));
        return goodsClearance.weigh(c.crossingId(), new WeighIn(new BigDecimal(tonnes), null, null)).issues();
    }

    // ---- 5. file-drop inbox --------------------------------------------------------------------------------------

    @Test
    void droppedWatchListFilesAreAppliedWholeOnceOrRejectedWithTheirErrors() throws Exception {
        Path dir = inbox.inbox();
        assertThat(dir).isEqualTo(EXCHANGE_DIR.resolve("inbox"));
        Files.createDirectories(dir);
        String x = "F" + System.nanoTime();
        String good = """
                [
                  {"updateId": "%1$s-1", "action": "ADD", "externalId": "%1$s-a", "fullName": "Kheang Sokha",
                   "dateOfBirth": "1981-02-03", "nationality": "KHM", "reason": "national alert"},
                  {"updateId": "%1$s-2", "action": "ADD", "externalId": "%1$s-b", "fullName": "Rơ Mah Blơng",
                   "dateOfBirth": "1977-07-07", "nationality": "VNM", "reason": "national alert"}
                ]
                """.formatted(x);
        int before = watchList.size();
        Files.writeString(dir.resolve(x + "-a.json"), good);
        assertThat(inbox.pollOnce()).containsExactly(ExchangeInboxFiles.Outcome.APPLIED);
        assertThat(watchList.size()).isEqualTo(before + 2);
        assertThat(Files.exists(dir.resolve("processed").resolve(x + "-a.json"))).isTrue();
        assertThat(Files.exists(dir.resolve(x + "-a.json"))).isFalse();
        assertThat(watchList.screen("SOKHA KHEANG", LocalDate.of(1981, 2, 3), "KHM").hits()).isNotEmpty();

        // the same file again (another name): not applied twice
        Files.writeString(dir.resolve(x + "-again.json"), good);
        assertThat(inbox.pollOnce()).containsExactly(ExchangeInboxFiles.Outcome.DUPLICATE);
        assertThat(watchList.size()).isEqualTo(before + 2);
        assertThat(Files.exists(dir.resolve("processed").resolve(x + "-again.json.duplicate"))).isTrue();

        // one wrong update: nothing of the file is applied, errors by line
        String bad = """
                [
                  {"updateId": "%1$s-3", "action": "REMOVE", "externalId": "%1$s-a"},
                  {"updateId": "%1$s-4", "action": "ADD", "externalId": "%1$s-c",
                   "dateOfBirth": "1990-13-01", "nationality": "KHM", "reason": "x"},
                  {"updateId": "%1$s-5", "action": "MOVE", "externalId": "%1$s-d"}
                ]
                """.formatted(x);
        Files.writeString(dir.resolve(x + "-b.json"), bad);
        assertThat(inbox.pollOnce()).containsExactly(ExchangeInboxFiles.Outcome.REJECTED);
        assertThat(watchList.size()).isEqualTo(before + 2); // the REMOVE on line 2 was not applied
        assertThat(jdbc.sql("select count(*) from border.exchange_inbox where update_id = :u").param("u", x + "-3")
                .query(Long.class).single()).isZero();
        Path rejected = dir.resolve("rejected").resolve(x + "-b.json");
        assertThat(rejected).exists();
        assertThat(Files.readAllLines(dir.resolve("rejected").resolve(x + "-b.json.errors.txt"))).containsExactly(
                "line 3: fullName: required for ADD", "line 3: dateOfBirth: yyyy-MM-dd",
                "line 5: action: ADD or REMOVE");

        Files.writeString(dir.resolve(x + "-c.json"), "[{\"updateId\": ");
        assertThat(inbox.pollOnce()).containsExactly(ExchangeInboxFiles.Outcome.REJECTED);
        assertThat(Files.readString(dir.resolve("rejected").resolve(x + "-c.json.errors.txt"))).startsWith("line 1: not valid JSON");
        assertThat(audits("border.exchange.inbox.apply")).isPositive();
        assertThat(audits("border.exchange.inbox.reject")).isGreaterThanOrEqualTo(2);
    }

    // ---- 6. HTTP exchange channel --------------------------------------------------------------------------------

    @Test
    void theHttpChannelRetriesThroughAnOutageAndDeliversEachRecordExactlyOnce() throws Exception {
        actAs("bienphong.lethanh", LE_THANH, Role.BORDER_GUARD);
        DOWN.set(true);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ClearanceCase c = clearance.scan(LE_THANH, new ScanInput(null,
                    BorderOpsIntegrationTest.passport("LE<<THI<HOA", "VNM", "E8800" + (1000 + i), "910303"),
                    Direction.ENTRY));
            clearance.decide(c.crossingId(), Decision.CLEAR, null);
            keys.add("crossing-" + LE_THANH + "-" + c.crossingId());
        }
        await(() -> keys.stream().allMatch(ATTEMPTS::containsKey)); // tried after commit, refused with 503
        outbox.resubmit(Duration.ZERO); // still down
        await(() -> keys.stream().allMatch(k -> ATTEMPTS.get(k).get() >= 2));
        assertThat(keys).noneMatch(STORED::containsKey);

        LOSE_ANSWER_ONCE.add(keys.get(0)); // the first is stored but its answer is lost
        DOWN.set(false);
        outbox.resubmit(Duration.ZERO);
        await(() -> keys.stream().allMatch(STORED::containsKey));
        // the lost answer leaves that record in the outbox: the next round re-sends it, the key makes it a repeat
        await(() -> {
            outbox.resubmit(Duration.ZERO);
            return ATTEMPTS.get(keys.get(0)).get() >= 4;
        });
        Thread.sleep(300);
        int attemptsAfter = ATTEMPTS.get(keys.get(0)).get();
        outbox.resubmit(Duration.ZERO); // nothing left: no further attempt
        Thread.sleep(300);
        assertThat(ATTEMPTS.get(keys.get(0)).get()).isEqualTo(attemptsAfter);
        for (String k : keys) {
            String id = k.substring(k.lastIndexOf('-') + 1);
            assertThat(STORED.get(k)).contains("\"type\":\"PersonCrossed\"", "\"crossingId\":" + id,
                    "\"decision\":\"CLEAR\"", "\"direction\":\"ENTRY\"");
        }
        assertThat(STORED.keySet().stream().filter(keys::contains)).hasSize(3);
        assertThat(AUTHORIZATION).contains("Bearer s3cret");
    }
}
