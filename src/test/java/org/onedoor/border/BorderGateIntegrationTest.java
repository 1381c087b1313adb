package org.onedoor.border;

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
 * The gate journey over real HTTP at Lệ Thanh: a traveller declares online, the border guard scans the declaration
 * QR and the passport MRZ, sees the checks and the watch-list screening, decides; the register shows the crossing
 * and every read is audited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BorderGateIntegrationTest {

    private static final String LE_THANH = "000.00.40.H21";
    private static final String GUARD = "bienphong.lethanh";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WatchList watchList;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> send(String method, String path, String body, String user, String language)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").header("Accept-Language", language)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":Demo@2026").getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String declaration(String number, String surname, String given, String dob) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        return """
                {"gate":"%s","documentType":"PASSPORT","documentNumber":"%s","surname":"%s","givenNames":"%s",
                 "nationality":"VNM","dateOfBirth":"%s","purpose":"WORK","plannedDate":"%s","direction":"EXIT",
                 "language":"en"}""".formatted(LE_THANH, number, surname, given, dob, today);
    }

    @Test
    void declaredTravellerIsClearedInOneScanAndTheRegisterReadIsAudited() throws Exception {
        HttpResponse<String> declared = send("POST", "/api/v1/public/border/declarations",
                declaration("B7654321", "Lê", "Thị Hoa", "1988-02-29"), null, "en");
        assertThat(declared.statusCode()).as(declared.body()).isEqualTo(201);
        String reference = JSON.readTree(declared.body()).get("reference").asString();
        assertThat(reference).matches("BD-[0-9A-Z]{10}");
        HttpResponse<byte[]> qr = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/public/border/declarations/" + reference + "/qr.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(qr.statusCode()).isEqualTo(200);
        assertThat(qr.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});

        String mrz = passport("LE<<THI<HOA", "B7654321<", "880229", "F", "330101");
        HttpResponse<String> scanned = send("POST", "/api/v1/border/" + LE_THANH + "/clearances",
                "{\"declarationReference\":\"" + reference + "\",\"mrz\":" + JSON.writeValueAsString(mrz) + "}",
                GUARD, "en");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(scanned.body());
        assertThat(c.get("document").get("problems")).isEmpty();
        assertThat(c.get("declaration").get("reference").asString()).isEqualTo(reference);
        assertThat(c.get("declarationIssues")).isEmpty();
        assertThat(c.get("ruleIssues")).isEmpty();
        assertThat(c.get("screening").get("hits")).isEmpty();
        assertThat(c.get("suggestion").asString()).isEqualTo("CLEAR");
        long id = c.get("crossingId").asLong();

        HttpResponse<String> decided = send("POST", "/api/v1/border/clearances/" + id + "/decision",
                "{\"decision\":\"CLEAR\"}", GUARD, "en");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(decided.body());
        assertThat(record.get("decidedBy").asString()).isEqualTo(GUARD);
        assertThat(record.get("declarationReference").asString()).isEqualTo(reference);

        HttpResponse<String> again = send("POST", "/api/v1/border/clearances/" + id + "/decision",
                "{\"decision\":\"REFUSE\",\"reason\":\"x\"}", GUARD, "en");
        assertThat(again.statusCode()).isEqualTo(409);

        long auditedBefore = audited("border.register.search");
        HttpResponse<String> register = send("GET", "/api/v1/border/" + LE_THANH + "/crossings?documentNumber=B7654321",
                null, GUARD, "en");
        assertThat(register.statusCode()).as(register.body()).isEqualTo(200);
        assertThat(JSON.readTree(register.body())).singleElement()
                .satisfies(r -> assertThat(r.get("decision").asString()).isEqualTo("CLEAR"));
        assertThat(audited("border.register.search")).isEqualTo(auditedBefore + 1);
    }

    @Test
    void aScannedDeclarationAloneIsReferredUntilTheDocumentIsReadAndTheClockIsKept() throws Exception {
        HttpResponse<String> declared = send("POST", "/api/v1/public/border/declarations",
                declaration("K1122334", "Đỗ", "Minh Khoa", "1979-12-31"), null, "vi");
        String reference = JSON.readTree(declared.body()).get("reference").asString();
        HttpResponse<String> scanned = send("POST", "/api/v1/border/" + LE_THANH + "/clearances",
                "{\"declarationReference\":\"" + reference.toLowerCase() + "\"}", GUARD, "en");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(scanned.body());
        assertThat(c.get("document").get("read").asBoolean()).isFalse();
        assertThat(c.get("document").get("problems").get(0).get("messageKey").asString())
                .isEqualTo("border.document.notRead");
        assertThat(c.get("suggestion").asString()).isEqualTo("SECONDARY");
        long id = c.get("crossingId").asLong();
        send("POST", "/api/v1/border/clearances/" + id + "/decision", "{\"decision\":\"SECONDARY\"}", GUARD, "en");

        long readsBefore = audited("border.register.read");
        HttpResponse<String> read = send("GET", "/api/v1/border/crossings/" + id, null, "chihuy.lethanh", "en");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode record = JSON.readTree(read.body());
        assertThat(record.get("decision").asString()).isEqualTo("SECONDARY");
        assertThat(java.time.Instant.parse(record.get("decidedAt").asString()))
                .isAfterOrEqualTo(java.time.Instant.parse(record.get("firstScanAt").asString()));
        assertThat(record.get("openedBy").asString()).isEqualTo(GUARD);
        assertThat(audited("border.register.read")).isEqualTo(readsBefore + 1);
    }

    @Test
    void aListedPersonIsFoundWhateverTheSpellingAndReferredOrRefusedWithAReason() throws Exception {
        String mrz = passport("NGUYEN<<VAN<HUNG", "N1234567<", "750614", "M", "350101");
        HttpResponse<String> scanned = send("POST", "/api/v1/border/" + LE_THANH + "/clearances",
                "{\"mrz\":" + JSON.writeValueAsString(mrz) + ",\"direction\":\"EXIT\"}", GUARD, "en");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(scanned.body());
        assertThat(c.get("screening").get("hits")).singleElement().satisfies(h -> {
            assertThat(h.get("entry").get("fullName").asString()).isEqualTo("Nguyễn Văn Hùng");
            assertThat(h.get("dateOfBirthConfirmed").asBoolean()).isTrue();
        });
        assertThat(c.get("suggestion").asString()).isEqualTo("SECONDARY");
        long id = c.get("crossingId").asLong();

        HttpResponse<String> noReason = send("POST", "/api/v1/border/clearances/" + id + "/decision",
                "{\"decision\":\"REFUSE\"}", GUARD, "vi");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"").contains("Từ chối phải ghi rõ lý do.");
        HttpResponse<String> refused = send("POST", "/api/v1/border/clearances/" + id + "/decision",
                "{\"decision\":\"REFUSE\",\"reason\":\"Tạm hoãn xuất cảnh\"}", GUARD, "vi");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"KHM, ENTRY, false", "USA, ENTRY, true", "USA, EXIT, false",
            "VNM, ENTRY, false", "FRA, ENTRY, false"})
    void foreignersWhoNeedAVisaAreReferredOnEntry(String nationality, String direction, boolean visaRequired)
            throws Exception {
        String mrz = passport("SMITH<<JOHN", "X9876543<", "700101", "M", "320101").replace("VNM", nationality);
        HttpResponse<String> scanned = send("POST", "/api/v1/border/" + LE_THANH + "/clearances",
                "{\"mrz\":" + JSON.writeValueAsString(mrz) + ",\"direction\":\"" + direction + "\"}", GUARD, "en");
        assertThat(scanned.statusCode()).as(scanned.body()).isEqualTo(201);
        JsonNode rules = JSON.readTree(scanned.body()).get("ruleIssues");
        if (visaRequired) {
            assertThat(rules).singleElement().satisfies(r -> assertThat(r.asString()).isEqualTo("border.rule.visaRequired"));
        } else {
            assertThat(rules).isEmpty();
        }
    }

    @Test
    void declarationErrorsAreNamedPerFieldInTheCallersLanguage() throws Exception {
        HttpResponse<String> bad = send("POST", "/api/v1/public/border/declarations",
                "{\"gate\":\"" + LE_THANH + "\",\"documentNumber\":\"AB\",\"nationality\":\"Vietnam\",\"dateOfBirth\":\"2999-01-01\"}",
                null, "id");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(bad.body()).get("errors");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("documentType", "documentNumber", "surname", "nationality", "dateOfBirth",
                "purpose", "plannedDate", "direction");
        assertThat(bad.body()).contains("Kewarganegaraan berupa kode 3 huruf");
    }

    @Test
    void garbageMrzGetsAPreciseMessageAndOthersCannotClear() throws Exception {
        HttpResponse<String> garbage = send("POST", "/api/v1/border/" + LE_THANH + "/clearances",
                "{\"mrz\":\"hello world\",\"direction\":\"ENTRY\"}", GUARD, "en");
        assertThat(garbage.statusCode()).as(garbage.body()).isEqualTo(400);
        assertThat(JSON.readTree(garbage.body()).get("errors")).isNotEmpty();

        HttpResponse<String> desk = send("POST", "/api/v1/border/" + LE_THANH + "/clearances",
                "{\"mrz\":\"x\"}", "motcua.giaphu", "en");
        assertThat(desk.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = send("GET", "/api/v1/border/" + LE_THANH + "/crossings", null, null, "en");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void theWatchListFollowsChangesAtOnce() {
        WatchListEntry e = watchList.add("Ouk Vibol", LocalDate.of(1970, 5, 5), "KHM", "test", "test");
        assertThat(watchList.screen("VIBOL OUK", LocalDate.of(1970, 5, 5), "KHM").hits()).hasSize(1);
        watchList.remove(e.id());
        assertThat(watchList.screen("VIBOL OUK", LocalDate.of(1970, 5, 5), "KHM").clear()).isTrue();
    }

    private long audited(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action)
                .query(Long.class).single();
    }

    /** A TD3 zone with every check digit computed. */
    static String passport(String names, String number, String dob, String sex, String expiry) {
        String line1 = pad("P<VNM" + names, 44);
        String personal = "<".repeat(14);
        String data = number + org.onedoor.iddocument.Mrz.checkDigit(number);
        String d = dob + org.onedoor.iddocument.Mrz.checkDigit(dob);
        String x = expiry + org.onedoor.iddocument.Mrz.checkDigit(expiry);
        String composite = data + d + x + personal + "<";
        String line2 = data + "VNM" + d + sex + x + personal + "<" + org.onedoor.iddocument.Mrz.checkDigit(composite);
        return line1 + "\n" + line2;
    }

    private static String pad(String s, int width) {
        return s + "<".repeat(width - s.length());
    }
}
