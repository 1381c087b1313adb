package org.onedoor.border.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.border.Clearance;
import org.onedoor.border.ClearanceCase;
import org.onedoor.border.Decision;
import org.onedoor.border.Direction;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.border.ScanInput;
import org.onedoor.border.VehicleType;
import org.onedoor.iddocument.Mrz;
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
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public vehicle and workers' pages, the rate limit of public declaration writes, and the register search
 * page. The rate limit is on with a small burst; 127.0.0.1 (MockMvc's peer) is a trusted proxy, so each test
 * speaks from its own address through {@code X-Forwarded-For} and does not use up another test's tokens.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@TestPropertySource(properties = {"onedoor.border.public-rate.enabled=true",
        "onedoor.border.public-rate.burst=3", "onedoor.border.public-rate.requests-per-minute=1",
        "onedoor.border.public-rate.trusted-proxies=127.0.0.1"})
class PublicPagesIntegrationTest {

    static final String GATE = "000.00.40.H21";
    static final String HEADER = "surname,given_names,document_type,document_number,nationality,date_of_birth\n";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

    @Autowired MockMvc mvc;
    @Autowired GoodsDeclarations goods;
    @Autowired JdbcClient jdbc;
    @Autowired Clearance clearance;
    @Autowired org.onedoor.border.GoodsClearance goodsClearance;

    /** A fresh client address for a test (through the trusted proxy). */
    private static String address() {
        return "198.51.100." + ADDRESSES.incrementAndGet();
    }

    private static String tomorrow() {
        return LocalDate.now(VietnamTime.ZONE).plusDays(1).toString();
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    // ---- vehicle page ----

    private static MockHttpServletRequestBuilder vehicle(String ip, String lang) {
        return post("/border/declare/vehicle").with(csrf()).header("X-Forwarded-For", ip).param("lang", lang)
                .param("direction", "ENTRY").param("vehicleType", "TRUCK");
    }

    @Test
    void aDriverDeclaresATruckWithAPassengerAndGetsAReferenceAndQr() throws Exception {
        String form = mvc.perform(get("/border/declare/vehicle").param("lang", "en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Declare a vehicle crossing in advance", "Container truck",
                "<label for=\"passenger0-fullName\"", "href=\"/border/declare/workers\"", "aria-current=\"page\"");
        String done = mvc.perform(vehicle(address(), "vi").param("plannedDate", tomorrow()).param("plate", "RATANAKIRI 3A-4521")
                        .param("driver.fullName", "Sok Dara").param("driver.documentType", "PASSPORT")
                        .param("driver.documentNumber", "N01234567").param("driver.nationality", "khm")
                        .param("passengers[0].fullName", "").param("passengers[0].documentNumber", "")
                        .param("passengers[1].fullName", "Chan Sophea").param("passengers[1].documentType", "BORDER_PASS")
                        .param("passengers[1].documentNumber", "KH778899").param("passengers[1].nationality", "KHM"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Phương tiện của bạn đã được khai báo", "Xe tải");
        Matcher m = Pattern.compile("id=\"reference\">(BV-[0-9A-Z]{10})<").matcher(done);
        assertThat(m.find()).isTrue();
        assertThat(goods.findVehicle(m.group(1))).get().satisfies(v -> {
            assertThat(v.plate()).isEqualTo("3A4521");
            assertThat(v.plateCountry()).isEqualTo("KHM");
            assertThat(v.vehicleType()).isEqualTo(VehicleType.TRUCK);
            assertThat(v.driver().nationality()).isEqualTo("KHM");
            assertThat(v.passengers()).singleElement().satisfies(p -> assertThat(p.fullName()).isEqualTo("Chan Sophea"));
            assertThat(v.direction()).isEqualTo(Direction.ENTRY);
        });
        mvc.perform(get("/border/declare/trip/{r}/qr.png", m.group(1))).andExpect(status().isOk())
                .andExpect(content().contentType("image/png"));
    }

    @Test
    void wrongVehicleFieldsAreNamedBesideThemInTheChosenLanguageAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from border.vehicle_declaration").query(Long.class).single();
        String page = mvc.perform(vehicle(address(), "id").param("plate", "ABC")
                        .param("driver.fullName", "Sok Dara").param("driver.documentType", "PASSPORT")
                        .param("driver.documentNumber", "N0123").param("driver.nationality", "KHM")
                        .param("passengers[2].fullName", "Chan Sophea").param("passengers[2].documentType", "PASSPORT")
                        .param("passengers[2].documentNumber", "N07654321").param("passengers[2].nationality", "Kamboja")
                        .param("plannedDate", "not-a-date"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nilai ini tidak valid.",
                "id=\"plannedDate-error\"", "value=\"Sok Dara\"");
        // the bad date stops the form before the service; send the date right to see the service's field errors
        page = mvc.perform(vehicle(address(), "id").param("plannedDate", tomorrow()).param("plate", "ABC")
                        .param("driver.fullName", "Sok Dara").param("driver.documentType", "PASSPORT")
                        .param("driver.documentNumber", "N0").param("driver.nationality", "KHM")
                        .param("passengers[2].fullName", "Chan Sophea").param("passengers[2].documentType", "PASSPORT")
                        .param("passengers[2].documentNumber", "N07654321").param("passengers[2].nationality", "Kamboja"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pelat &quot;ABC&quot; bukan pelat Vietnam", "Nomor dokumen terdiri dari 5–20 huruf",
                "Kewarganegaraan adalah kode 3 huruf");
        // the error sits beside the passenger row it belongs to (row 3 of the form, the only one filled)
        assertThat(page).containsPattern("id=\"passenger2-nationality\"[^>]*is-invalid|class=\"[^\"]*is-invalid[^\"]*\"[^>]*id=\"passenger2-nationality\"");
        assertThat(page).containsPattern("id=\"driver-documentNumber-error\"[^>]*>Nomor dokumen");
        assertThat(jdbc.sql("select count(*) from border.vehicle_declaration").query(Long.class).single())
                .isEqualTo(before);
    }

    // ---- workers' list page ----

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder workers(String ip, String csv) {
        return multipart("/border/declare/workers")
                .file(new MockMultipartFile("file", "workers.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).header("X-Forwarded-For", ip).param("lang", "en").param("businessCode", "5900123456")
                .param("purpose", "WORK").param("plannedDate", tomorrow()).param("direction", "EXIT");
    }

    private long declarationsOf(String number) {
        return jdbc.sql("select count(*) from border.declaration where document_number = :n").param("n", number)
                .query(Long.class).single();
    }

    @Test
    void aCompanyUploadsItsWorkersAndGetsOneReferencePerWorker() throws Exception {
        String csv = "\uFEFF" + HEADER + "Rơ Châm,H'Lan,PASSPORT,C4100001,VNM,12/03/1995\n"
                + "Ksor,Y Bhin,PASSPORT,C4100002,VNM,1990-02-28\n";
        String page = mvc.perform(workers(address(), csv)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The workers are declared", "2 worker(s) declared", "Rơ Châm H&#39;Lan");
        assertThat(Pattern.compile(">BD-[0-9A-Z]{10}<").matcher(page).results().count()).isEqualTo(2);
        assertThat(declarationsOf("C4100001")).isOne();
        assertThat(declarationsOf("C4100002")).isOne();
    }

    @Test
    void aFileWithWrongLinesShowsEachLineColumnAndMessageAndStoresNothing() throws Exception {
        String csv = HEADER + "Rơ Châm,H'Lan,PASSPORT,C4200001,VNM,12/03/1995\n"
                + "Ksor,Y Bhin,PASSPART,C4200002,VNM,31/02/1990\n"
                + "Lê,Thành,PASSPORT,C4200001,VNM,1980-05-05\n";
        String page = mvc.perform(workers(address(), csv)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing was declared: 3 problem(s) in the 3 line(s)");
        assertThat(page).containsPattern("(?s)<td[^>]*>3</td>\\s*<td[^>]*>document_type</td>\\s*<td>Document type &quot;PASSPART&quot;");
        assertThat(page).containsPattern("(?s)<td[^>]*>3</td>\\s*<td[^>]*>date_of_birth</td>");
        assertThat(page).containsPattern("(?s)<td[^>]*>4</td>\\s*<td[^>]*>document_number</td>\\s*<td>This document number is already on line 2");
        assertThat(declarationsOf("C4200001")).isZero();
        assertThat(declarationsOf("C4200002")).isZero();
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithAClearMessageAndTheTemplateIsOffered() throws Exception {
        String big = HEADER + ("Rơ Châm,H'Lan,PASSPORT,C4300001,VNM,12/03/1995\n").repeat(25_000);
        String page = mvc.perform(workers(address(), big)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The file is larger than 1,024 KB.", "id=\"file-error\"");
        assertThat(declarationsOf("C4300001")).isZero();
        String template = mvc.perform(get("/border/declare/workers/template.csv")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith("\uFEFFsurname,given_names,document_type,document_number,nationality,date_of_birth");
    }

    // ---- rate limit ----

    private static MockHttpServletRequestBuilder apiDeclare(String ip) {
        return post("/api/v1/public/border/declarations").header("X-Forwarded-For", ip)
                .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{}");
    }

    @Test
    void theApiAnswers429WithRetryAfterAndAProblemAfterTheBurstAndAnotherAddressIsNotLimited() throws Exception {
        String ip = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(apiDeclare(ip)).andExpect(status().isBadRequest()); // counted although invalid
        }
        mvc.perform(apiDeclare(ip)).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(429))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("Too many declarations were sent")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.retryAfter").isNumber());
        mvc.perform(apiDeclare(address())).andExpect(status().isBadRequest());
        // reads are not limited
        mvc.perform(get("/border/declare").header("X-Forwarded-For", ip)).andExpect(status().isOk());
    }

    @Test
    void theFormShowsALocalisedMessageOverTheLimit() throws Exception {
        String ip = address();
        for (int i = 0; i < 3; i++) {
            mvc.perform(vehicle(ip, "vi").param("plannedDate", tomorrow())).andExpect(status().isOk());
        }
        String page = mvc.perform(vehicle(ip, "vi")).andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"rate-limited\"", "Có quá nhiều khai báo được gửi từ kết nối của bạn");
    }

    @Test
    void aForwardedForHeaderFromAnUntrustedPeerIsIgnored() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(apiDeclare(address()).with(r -> {
                r.setRemoteAddr("192.0.2.77");
                return r;
            })).andExpect(status().isBadRequest());
        }
        mvc.perform(apiDeclare(address()).with(r -> {
            r.setRemoteAddr("192.0.2.77");
            return r;
        })).andExpect(status().isTooManyRequests());
    }

    // ---- register page ----

    private static Authentication officer(String user, String agency, Role role) {
        var p = new AccountPrincipal(user, user, agency, Set.of(role), Set.of());
        return UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities());
    }

    private long audits(String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :a").param("a", action)
                .query(Long.class).single();
    }

    static String passport(String names, String nationality, String number, String dob) {
        String line1 = (("P<" + nationality + names) + "<".repeat(44)).substring(0, 44);
        String personal = "<".repeat(14);
        String expiry = "350101";
        String data = number + Mrz.checkDigit(number);
        String d = dob + Mrz.checkDigit(dob);
        String x = expiry + Mrz.checkDigit(expiry);
        String composite = data + d + x + personal + "<";
        return line1 + "\n" + data + nationality + d + "M" + x + personal + "<" + Mrz.checkDigit(composite);
    }

    @Test
    void theGuardSearchesTheRegisterOfTheGateAndEveryReadIsAudited() throws Exception {
        Authentication guard = officer("bienphong.lethanh", GATE, Role.BORDER_GUARD);
        SecurityContextHolder.getContext().setAuthentication(guard);
        ClearanceCase c = clearance.scan(GATE, new ScanInput(null,
                passport("SIEU<<VANNA", "KHM", "K7700001<", "870707"), Direction.ENTRY));
        clearance.decide(c.crossingId(), Decision.CLEAR, null);
        SecurityContextHolder.clearContext();

        long searches = audits("border.register.search");
        String page = mvc.perform(get("/border/{g}/register", GATE).with(authentication(guard)).param("lang", "en")
                        .param("name", "vanna sieu").param("nationality", "khm"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Crossing register", "K7700001", "1 crossing(s)", "<label for=\"documentNumber\"");
        assertThat(audits("border.register.search")).isEqualTo(searches + 1);
        // another filter that excludes it
        assertThat(mvc.perform(get("/border/{g}/register", GATE).with(authentication(guard)).param("lang", "en")
                        .param("name", "vanna sieu").param("decision", "REFUSE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("K7700001");
        // vehicles and goods: the goods register's paged search (audited too)
        SecurityContextHolder.getContext().setAuthentication(guard);
        var truck = goodsClearance.scan(GATE, new org.onedoor.border.GoodsScanInput(null, "81C-777.01",
                Direction.EXIT));
        goodsClearance.decide(truck.crossingId(), Decision.SECONDARY, null);
        SecurityContextHolder.clearContext();
        String vehicles = mvc.perform(get("/border/{g}/register", GATE).with(authentication(guard)).param("lang", "en")
                        .param("kind", "VEHICLE").param("documentNumber", "81c77701")
                        .param("from", LocalDate.now(VietnamTime.ZONE).minusDays(3).toString())
                        .param("to", LocalDate.now(VietnamTime.ZONE).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vehicles).contains("81C77701", "Secondary inspection", "1 crossing(s)");
        assertThat(mvc.perform(get("/border/{g}/register", GATE).with(authentication(guard)).param("kind", "GOODS")
                        .param("documentNumber", "81C-777.01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain("81C77701");
        assertThat(audits("border.register.search")).isEqualTo(searches + 4);
    }

    @Test
    void theRegisterPageIsClosedToTheAnonymousCitizensAndAnotherGatesGuard() throws Exception {
        mvc.perform(get("/border/{g}/register", GATE)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/border/{g}/register", GATE).with(authentication(officer("congdan", null, Role.CITIZEN))))
                .andExpect(status().isForbidden());
        long searches = audits("border.register.search");
        mvc.perform(get("/border/{g}/register", GATE)
                        .with(authentication(officer("other.gate", "000.00.40.H99", Role.BORDER_GUARD))))
                .andExpect(status().isForbidden());
        assertThat(audits("border.register.search")).isEqualTo(searches);
    }
}
