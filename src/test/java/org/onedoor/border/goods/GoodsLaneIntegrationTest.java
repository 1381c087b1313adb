package org.onedoor.border.goods;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.common.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The goods lane at Lệ Thanh over real HTTP: an importer declares raw cashew on a Cambodian truck, the guard scans
 * the QR, weighs, enters the customs declaration and clears; tolerance, authorisation and precise errors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GoodsLaneIntegrationTest {

    private static final String LE_THANH = "000.00.40.H21";
    private static final String GUARD = "bienphong.lethanh";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String body, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String consignment(String hs, String plate, String importerCode, String tonnes) {
        return """
                {"gate":"%s","direction":"ENTRY","exporter":{"name":"Ratanakiri Agro Co.","code":"K001-901234567"},
                 "importer":{"name":"Công ty TNHH Nông sản Đức Cơ","code":"%s"},"hsCode":"%s",
                 "description":"Hạt điều thô","quantity":30,"unit":"TNE","tonnes":%s,"plates":["%s"],
                 "validity":{"plannedDate":"%s"},"language":"en"}"""
                .formatted(LE_THANH, importerCode, hs, tonnes, plate, LocalDate.now(VietnamTime.ZONE));
    }

    private JsonNode declare(String plate, String tonnes) throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/public/border/consignments",
                consignment("0801.31.00", plate, "5900123456", tonnes), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action)
                .query(Long.class).single();
    }

    @Test
    void aDeclaredConsignmentIsScannedWeighedAndClearedIntoTheRegister() throws Exception {
        JsonNode declared = declare("RATANAKIRI 3A-4521", "30");
        String reference = declared.get("reference").asString();
        assertThat(reference).matches("BG-[0-9A-Z]{10}");
        assertThat(declared.get("declaration").get("commodity").get("hsCode").asString()).isEqualTo("08013100");
        assertThat(declared.get("declaration").get("plates").get(0).asString()).isEqualTo("3A4521");
        HttpResponse<byte[]> qr = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + declared.get("qrCode").asString())).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        HttpResponse<String> scanned = send("POST", "/api/v1/border/" + LE_THANH + "/goods-clearances",
                "{\"reference\":\"" + reference.toLowerCase() + "\"}", GUARD);
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(scanned.body());
        assertThat(c.get("kind").asString()).isEqualTo("GOODS");
        assertThat(c.get("direction").asString()).isEqualTo("ENTRY");
        assertThat(c.get("issues")).isEmpty();
        assertThat(c.get("suggestion").asString()).isEqualTo("SECONDARY"); // not weighed yet
        long id = c.get("crossingId").asLong();

        HttpResponse<String> early = send("POST", "/api/v1/border/goods-clearances/" + id + "/decision",
                "{\"decision\":\"CLEAR\"}", GUARD);
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("customsDeclaration");

        HttpResponse<String> weighed = send("POST", "/api/v1/border/goods-clearances/" + id + "/weigh-in",
                "{\"netTonnes\":30.9,\"hsCode\":\"080131\",\"customsDeclaration\":\"105987654321\"}", GUARD);
        assertThat(weighed.statusCode()).as(weighed.body()).isEqualTo(200);
        JsonNode w = JSON.readTree(weighed.body());
        assertThat(w.get("issues")).isEmpty();
        assertThat(w.get("suggestion").asString()).isEqualTo("CLEAR");

        long searchesBefore = audited("border.register.search");
        HttpResponse<String> decided = send("POST", "/api/v1/border/goods-clearances/" + id + "/decision",
                "{\"decision\":\"CLEAR\"}", GUARD);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(decided.body());
        assertThat(record.get("customsDeclaration").asString()).isEqualTo("105987654321");
        assertThat(record.get("weighedTonnes").decimalValue()).isEqualByComparingTo("30.9");
        assertThat(record.get("decidedBy").asString()).isEqualTo(GUARD);
        assertThat(send("POST", "/api/v1/border/goods-clearances/" + id + "/decision",
                "{\"decision\":\"REFUSE\",\"reason\":\"x\"}", GUARD).statusCode()).isEqualTo(409);

        HttpResponse<String> register = send("GET", "/api/v1/border/" + LE_THANH + "/register/day", null, GUARD);
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        List<String> goods = new ArrayList<>();
        JSON.readTree(register.body()).forEach(e -> {
            if (e.get("kind").asString().equals("GOODS") && e.get("id").asLong() == id) {
                goods.add(e.get("subject").asString());
            }
        });
        assertThat(goods).containsExactly("3A4521");
        assertThat(audited("border.register.search")).isEqualTo(searchesBefore + 1);

        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        HttpResponse<String> stats = send("GET", "/api/v1/border/" + LE_THANH
                + "/statistics/goods-tonnage?period=MONTH&from=" + today + "&to=" + today, null, "chihuy.lethanh");
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
        assertThat(stats.body()).contains("\"hsCode\":\"08013100\"").contains("\"direction\":\"ENTRY\"");
    }

    @Test
    void aWeightOutsideTheToleranceOrAnotherCommodityIsReferredToSecondaryInspection() throws Exception {
        String reference = declare("81C-555.01", "20").get("reference").asString();
        JsonNode c = JSON.readTree(send("POST", "/api/v1/border/" + LE_THANH + "/goods-clearances",
                "{\"plate\":\"81C-555.01\"}", GUARD).body());
        assertThat(c.get("consignment").get("reference").asString()).isEqualTo(reference);
        long id = c.get("crossingId").asLong();
        JsonNode heavy = JSON.readTree(send("POST", "/api/v1/border/goods-clearances/" + id + "/weigh-in",
                "{\"netTonnes\":21.2,\"hsCode\":\"3105\",\"customsDeclaration\":\"105987654322\"}", GUARD).body());
        assertThat(heavy.get("issues").toString()).contains("border.goods.match.tonnage")
                .contains("border.goods.match.commodity");
        assertThat(heavy.get("suggestion").asString()).isEqualTo("SECONDARY");
        JsonNode within = JSON.readTree(send("POST", "/api/v1/border/goods-clearances/" + id + "/weigh-in",
                "{\"netTonnes\":21.0}", GUARD).body());
        assertThat(within.get("issues")).isEmpty();
    }

    @Test
    void onlyBorderStaffAtTheirGateUseTheLane() throws Exception {
        String body = "{\"plate\":\"81C-123.45\",\"direction\":\"EXIT\"}";
        assertThat(send("POST", "/api/v1/border/" + LE_THANH + "/goods-clearances", body, null).statusCode())
                .isEqualTo(401);
        assertThat(send("POST", "/api/v1/border/" + LE_THANH + "/goods-clearances", body, "motcua.laocai")
                .statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/v1/border/000.00.20.H37/goods-clearances", body, GUARD).statusCode())
                .isEqualTo(403);
    }

    @Test
    void badDeclarationsGetOnePreciseMessagePerField() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/public/border/consignments",
                consignment("0902.10", "XYZ", "12345", "30"), null);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(r.body()).get("errors");
        assertThat(message(errors, "hsCode")).isEqualTo("HS code 0902.10 is not in the list of goods crossing at this gate.");
        assertThat(message(errors, "plates[0]")).startsWith("Plate \"XYZ\" is neither a Vietnamese");
        assertThat(message(errors, "importer.code")).startsWith("A tax code has 10 digits");
        assertThat(message(errors, "exporter.code")).isNull();

        HttpResponse<String> shortCode = send("POST", "/api/v1/public/border/consignments",
                consignment("08013", "81C-123.45", "5900123456", "30"), null);
        assertThat(message(JSON.readTree(shortCode.body()).get("errors"), "hsCode"))
                .isEqualTo("An HS code has 4, 6 or 8 digits (e.g. 0801.31.00).");

        HttpResponse<String> vehicle = send("POST", "/api/v1/public/border/vehicles", """
                {"gate":"%s","plate":"81C-123.45","vehicleType":"TRUCK","direction":"EXIT",
                 "driver":{"fullName":"Trần Văn Bình","documentType":"BORDER_PASS","documentNumber":"GL123456","nationality":"VNM"},
                 "passengers":[{"fullName":"","documentType":"PASSPORT","documentNumber":"C1234567","nationality":"VN"}],
                 "validity":{"plannedDate":"%s","validUntil":"%s","days":["MONDAY","THURSDAY"]}}"""
                .formatted(LE_THANH, LocalDate.now(VietnamTime.ZONE), LocalDate.now(VietnamTime.ZONE).plusDays(60)),
                null);
        JsonNode v = JSON.readTree(vehicle.body()).get("errors");
        assertThat(message(v, "passengers[0].fullName")).isNotNull();
        assertThat(message(v, "passengers[0].nationality")).startsWith("Nationality is a 3-letter code");
        assertThat(message(v, "businessCode")).startsWith("Recurring trips are declared by a business");
    }

    @Test
    void aRecurringVehicleDeclarationOfABusinessIsStoredWithItsDays() throws Exception {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        HttpResponse<String> r = send("POST", "/api/v1/public/border/vehicles", """
                {"gate":"%s","plate":"81C-777.88","vehicleType":"BUS","direction":"EXIT","businessCode":"5900123456",
                 "driver":{"fullName":"Trần Văn Bình","documentType":"PASSPORT","documentNumber":"C7654321","nationality":"VNM"},
                 "passengers":[{"fullName":"Rơ Châm H'Lan","documentType":"PASSPORT","documentNumber":"C1234567","nationality":"VNM"}],
                 "validity":{"plannedDate":"%s","validUntil":"%s","days":["MONDAY","THURSDAY"]}}"""
                .formatted(LE_THANH, today, today.plusDays(60)), null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode d = JSON.readTree(r.body()).get("declaration");
        assertThat(d.get("reference").asString()).startsWith("BV-");
        assertThat(d.get("validity").get("days").toString()).contains("MONDAY").contains("THURSDAY");
        assertThat(d.get("passengers").get(0).get("fullName").asString()).isEqualTo("Rơ Châm H'Lan");
    }

    @Test
    void aDeclaredBusWithoutGoodsIsClearedWithoutACustomsNumberAndCountedAndPublished() throws Exception {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        HttpResponse<String> declared = send("POST", "/api/v1/public/border/vehicles", """
                {"gate":"%s","plate":"81B-246.80","vehicleType":"BUS","direction":"ENTRY",
                 "driver":{"fullName":"Sok Dara","documentType":"PASSPORT","documentNumber":"N0123456","nationality":"KHM"},
                 "validity":{"plannedDate":"%s"}}""".formatted(LE_THANH, today), null);
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(send("POST", "/api/v1/border/" + LE_THANH + "/goods-clearances",
                "{\"plate\":\"81b 246.80\"}", GUARD).body());
        assertThat(c.get("kind").asString()).isEqualTo("VEHICLE");
        assertThat(c.get("suggestion").asString()).isEqualTo("CLEAR");
        long id = c.get("crossingId").asLong();
        HttpResponse<String> decided = send("POST", "/api/v1/border/goods-clearances/" + id + "/decision",
                "{\"decision\":\"CLEAR\"}", GUARD);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(Events.RECEIVED).anySatisfy(e -> {
            assertThat(e.crossingId()).isEqualTo(id);
            assertThat(e.kind()).isEqualTo(org.onedoor.border.CrossingKind.VEHICLE);
            assertThat(e.vehicleType()).isEqualTo(org.onedoor.border.VehicleType.BUS);
        });
        HttpResponse<String> stats = send("GET", "/api/v1/border/" + LE_THANH + "/statistics/vehicles?period=YEAR&from="
                + today + "&to=" + today, null, GUARD);
        assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
        assertThat(stats.body()).contains("\"vehicleType\":\"BUS\"")
                .contains("\"period\":\"" + today.withDayOfYear(1) + "\"");
    }

    /** Records the events the lane publishes (synchronously, in the deciding transaction). */
    @org.springframework.boot.test.context.TestConfiguration
    static class Events {
        static final List<org.onedoor.border.GoodsCrossed> RECEIVED = new java.util.concurrent.CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void on(org.onedoor.border.GoodsCrossed event) {
            RECEIVED.add(event);
        }
    }

    private static String message(JsonNode errors, String field) {
        for (JsonNode e : errors) {
            if (e.get("field").asString().equals(field)) {
                return e.get("message").asString();
            }
        }
        return null;
    }
}
