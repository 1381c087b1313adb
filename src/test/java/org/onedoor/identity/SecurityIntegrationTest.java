package org.onedoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.onedoor.identity.internal.AccountStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Sign-in, throttling, CSRF and the API's HTTP Basic, over real HTTP against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityIntegrationTest {

    static final String DEMO_PASSWORD = "Demo@2026";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void storesPasswordsAsBcryptHashes() {
        String hash = jdbc.sql("select password_hash from identity.account where username = 'admin'").query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain(DEMO_PASSWORD);
        assertThat(encoder.matches(DEMO_PASSWORD, hash)).isTrue();
        assertThat(encoder.matches("demo@2026", hash)).isFalse();
    }

    @Test
    void anOfficerSignsInWithTheFormAndTheLoginIsAudited() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.login("motcua.laocai", DEMO_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/workspace");
        assertThat(lastAudit("login.success", "motcua.laocai")).isEqualTo("000.00.20.H37");
    }

    @Test
    void aWrongPasswordIsRefusedWithALocalisedMessageAndAudited() throws Exception {
        Browser browser = new Browser();
        HttpResponse<String> response = browser.login("chuyenvien.laocai", "wrong-password1");

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error=bad");
        assertThat(browser.get("/login?error=bad&lang=en").body()).contains("Wrong user name or password.");
        assertThat(lastAudit("login.failure", "chuyenvien.laocai")).isNotNull();
    }

    @Test
    void locksTheAccountAfterFiveFailuresEvenForTheRightPassword() throws Exception {
        String username = newOfficer();
        Browser browser = new Browser();
        for (int i = 1; i <= 4; i++) {
            assertThat(browser.login(username, "wrong-" + i).headers().firstValue("Location")).get().asString().endsWith("error=bad");
        }
        assertThat(browser.login(username, "wrong-5").headers().firstValue("Location")).get().asString().endsWith("error=locked");

        HttpResponse<String> right = browser.login(username, DEMO_PASSWORD);

        assertThat(right.headers().firstValue("Location")).get().asString().endsWith("/login?error=locked");
        assertThat(browser.get("/login?error=locked").body()).contains("tạm thời bị khóa");
        Instant lockedUntil = accounts.find(username).orElseThrow().lockedUntil();
        assertThat(lockedUntil).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));
        assertThat(lastAudit("login.locked", username)).isNotNull();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRejected() throws Exception {
        Browser browser = new Browser();
        browser.get("/login");
        HttpResponse<String> response = browser.post("/login", Map.of("username", "admin", "password", DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(browser.post("/register", Map.of("idNumber", "001090099999")).statusCode()).isEqualTo(403);
    }

    @Test
    void officerPagesAndApiNeedASignIn() throws Exception {
        Browser anonymous = new Browser();
        HttpResponse<String> page = anonymous.get("/admin/accounts");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).get().asString().endsWith("/login");

        HttpResponse<String> api = anonymous.get("/api/v1/dossiers/000.00.20.H37-260105-0001");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
        assertThat(api.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":401").contains("Cần đăng nhập");
    }

    @Test
    void aCitizenCannotOpenAdministratorPages() throws Exception {
        Browser citizen = new Browser();
        assertThat(citizen.login("congdan", DEMO_PASSWORD).headers().firstValue("Location")).get().asString().endsWith(":" + port + "/");
        assertThat(citizen.get("/admin/audit").statusCode()).isEqualTo(403);
    }

    @Test
    void theApiAcceptsHttpBasicAndRefusesWrongCredentials() throws Exception {
        Browser client = new Browser();
        // no API controller is needed to see the security decision: authenticated → past security (404), else 401
        assertThat(client.get("/api/v1/identity-probe", basic("lanhdao.laocai", DEMO_PASSWORD)).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1/identity-probe", basic("lanhdao.laocai", DEMO_PASSWORD)).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1/identity-probe", basic("lanhdao.laocai", "not-the-password1")).statusCode()).isEqualTo(401);
        assertThat(client.get("/api/v1/identity-probe").statusCode()).isEqualTo(401);
    }

    @Test
    void parallelFirstCallsWithTheSameCredentialsVerifyThePasswordOnce() throws Exception {
        String username = newOfficer();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            var start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 16; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return new Browser().get("/api/v1/identity-probe", basic(username, DEMO_PASSWORD)).statusCode();
                }));
            }
            start.countDown();
            for (var call : calls) {
                assertThat(call.get()).isEqualTo(404);   // authenticated, then no such endpoint
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'login.success' and actor = ?")
                .param(username).query(Integer.class).single()).isEqualTo(1);
        // a wrong password for the same user is still checked, not answered from the remembered one
        assertThat(new Browser().get("/api/v1/identity-probe", basic(username, "not-the-password1")).statusCode()).isEqualTo(401);
    }

    @Test
    void theSessionCookieDoesNotAuthenticateTheApi() throws Exception {
        Browser browser = new Browser();
        browser.login("admin", DEMO_PASSWORD);
        assertThat(browser.get("/admin/agencies").statusCode()).isEqualTo(200);

        assertThat(browser.get("/api/v1/identity-probe").statusCode()).isEqualTo(401);
    }

    @Test
    void publicPagesAndApiStayOpen() throws Exception {
        Browser anonymous = new Browser();
        assertThat(anonymous.get("/login").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/register").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
        // permitted: security lets them through to MVC (404 until the owning module maps them)
        assertThat(anonymous.get("/api/v1/public/dossiers/X").statusCode()).isNotIn(401, 403);
        assertThat(anonymous.get("/api/v1/procedures?q=khai+sinh").statusCode()).isNotIn(401, 403);
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        HttpResponse<String> response = new Browser().get("/login");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors 'none'");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    }

    @Test
    void administratorsSeeTheAdminPagesAndReadingTheAuditTrailIsAudited() throws Exception {
        Browser admin = new Browser();
        admin.login("admin", DEMO_PASSWORD);
        long before = jdbc.sql("select count(*) from audit.audit_event where action = 'audit.read'").query(Long.class).single();

        assertThat(admin.get("/admin/audit?actor=admin").body()).contains("login.success");
        assertThat(admin.get("/admin/accounts?q=laocai").body()).contains("motcua.laocai");
        assertThat(admin.get("/admin/agencies").body()).contains("Xã Gia Phú").contains("000.00.31.H05");

        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'audit.read'").query(Long.class).single())
                .isEqualTo(before + 1);
    }

    @Test
    void everyAdministrationFormRendersAndTheChainVerifies() throws Exception {
        Browser admin = new Browser();
        admin.login("admin", DEMO_PASSWORD);
        assertThat(admin.get("/admin/agencies/new").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/agencies/000.00.31.H05/edit").body()).contains("000.00.33.H12");
        assertThat(admin.get("/admin/agencies/000.00.31.H37/merge?lang=en").body()).contains("Record a merger");
        assertThat(admin.get("/admin/accounts/new").statusCode()).isEqualTo(200);
        assertThat(admin.get("/admin/accounts/motcua.laocai").body()).contains("POPULATION_LOOKUP");
        assertThat(admin.postWithCsrf("/admin/audit/verify?lang=en", "/admin/audit", Map.of()).body())
                .contains("The audit chain is intact");
    }

    @Test
    void anAdministratorCreatesAnOfficerWhoCanThenSignIn() throws Exception {
        String username = "test.new" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = new Browser();
        admin.login("admin", DEMO_PASSWORD);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("fullName", "Lê Văn Cường");
        form.put("agencyCode", "000.00.32.H12");
        form.put("roles", "SPECIALIST");
        form.put("enabled", "true");
        form.put("password", "Cuong2026!");
        HttpResponse<String> created = admin.postWithCsrf("/admin/accounts", "/admin/accounts/new", form);
        assertThat(created.statusCode()).isEqualTo(302);

        assertThat(new Browser().login(username, "Cuong2026!").headers().firstValue("Location")).get().asString().endsWith("/workspace");
        assertThat(lastAudit("account.create", "admin")).isEqualTo("000.00.00.H24");
    }

    @Test
    void aCitizenRegistersWithAValidIdNumber() throws Exception {
        String id = "001" + "1" + "95" + String.format("%06d", (int) (Math.random() * 999_999));
        Browser browser = new Browser();
        browser.get("/register");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("idNumber", id);
        form.put("fullName", "Trần Thị Bình");
        form.put("dateOfBirth", "1995-03-04");
        form.put("password", "Binh@2026x");
        form.put("confirmPassword", "Binh@2026x");
        assertThat(browser.postWithCsrf("/register", "/register", form).statusCode()).isEqualTo(302);
        assertThat(accounts.find(id)).get().satisfies(a -> assertThat(a.roles()).containsExactly(Role.CITIZEN));

        form.put("dateOfBirth", "1996-03-04");
        form.put("idNumber", "001195000001");
        HttpResponse<String> mismatch = browser.postWithCsrf("/register?lang=en", "/register", form);
        assertThat(mismatch.statusCode()).isEqualTo(200);
        assertThat(mismatch.body()).contains("does not match the year of birth");
    }

    private String newOfficer() {
        String username = "test." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new AccountStore.Account(username, encoder.encode(DEMO_PASSWORD), "Test Officer", null, null,
                "000.00.20.H37", null, null, true, null, 0, EnumSet.of(Role.DESK_OFFICER), EnumSet.noneOf(Permission.class)));
        return username;
    }

    private String lastAudit(String action, String actor) {
        return jdbc.sql("""
                select coalesce(actor_agency, '') from audit.audit_event where action = :a and actor = :u order by id desc limit 1""")
                .param("a", action).param("u", actor).query(String.class).optional().orElse(null);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A cookie-keeping HTTP client that does not follow redirects, like a browser tab under test. */
    class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> login(String username, String password) throws Exception {
            return postWithCsrf("/login", "/login", Map.of("username", username, "password", password));
        }

        HttpResponse<String> postWithCsrf(String path, String formPage, Map<String, String> form) throws Exception {
            Matcher m = CSRF.matcher(get(formPage).body());
            assertThat(m.find()).as("CSRF token on " + formPage).isTrue();
            Map<String, String> withToken = new LinkedHashMap<>(form);
            withToken.put("_csrf", m.group(1));
            return post(path, withToken);
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path, String authorization) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }
}
