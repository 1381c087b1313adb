package org.onedoor.dossier.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.dossier.DossierQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The public tracking fast path answers found dossiers itself, exactly as the controller would, and hands every
 * other request to the normal chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class PublicTrackingFastPathIntegrationTest {

    static final String ID = "001090012345";
    static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-XSS-Protection",
            "Cache-Control", "Pragma", "Expires", "X-Frame-Options", "Content-Security-Policy", "Content-Disposition");

    @LocalServerPort
    int port;

    @Autowired
    FilterRegistrationBean<PublicTrackingFastPath> registration;

    @Autowired
    DossierQueries queries;

    @Autowired
    ObjectMapper json;

    @Autowired
    MeterRegistry meters;

    final HttpClient http = HttpClient.newHttpClient();
    String code;

    @BeforeEach
    void submit() throws Exception {
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/dossiers"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"procedureCode": "1.004194", "channel": "ONLINE", "receivingAgencyCode": "000.00.31.H37",
                         "applicant": {"type": "CITIZEN", "idNumber": "%s", "name": "Trần Thị Bình",
                                       "birthDate": "1990-05-12", "phone": "0987654321"}}""".formatted(ID)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        code = json.readTree(created.body()).get("code").asString();
    }

    @Test
    void answersAFoundDossierWithoutTheChainAndWithTheControllersJson() throws Exception {
        AtomicInteger chainCalls = new AtomicInteger();
        FilterChain chain = (req, res) -> chainCalls.incrementAndGet();

        MockHttpServletResponse found = run(get(code, ID), chain);
        assertThat(chainCalls).hasValue(0);
        assertThat(found.getStatus()).isEqualTo(200);
        assertThat(found.getContentType()).isEqualTo("application/json");
        JsonNode fast = json.readTree(found.getContentAsByteArray());
        JsonNode controller = json.valueToTree(new PublicTrackingController(queries).track(code, ID, null));
        assertThat(fast).isEqualTo(controller);
        assertThat(fast.get("timeline").get(0).get("action").asString()).isEqualTo("SUBMIT");
        assertThat(fast.get("applicantName").asString()).isEqualTo("Trần Thị Bình");

        run(get(code, "001090012346"), chain);             // wrong secret
        run(get(code + "9", ID), chain);                   // unknown code
        MockHttpServletRequest xml = get(code, ID);
        xml.addHeader("Accept", "application/xml");
        run(xml, chain);                                   // JSON not acceptable
        MockHttpServletRequest post = get(code, ID);
        post.setMethod("POST");
        run(post, chain);
        run(get(code + "%2F..", ID), chain);               // anything encoded
        assertThat(chainCalls).hasValue(5);
    }

    @Test
    void overHttpTheFastAnswerCarriesTheSameSecurityHeadersAsTheChainsAndIsCountedUnderItsPattern() throws Exception {
        double before = count();
        HttpResponse<String> fast = http.send(HttpRequest.newBuilder(uri("/api/v1/public/dossiers/" + code + "?idNumber=" + ID))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> chain = http.send(HttpRequest.newBuilder(uri("/api/v1/public/dossiers/" + code + "?idNumber=001090012346"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(fast.statusCode()).isEqualTo(200);
        assertThat(json.readTree(fast.body()).get("code").asString()).isEqualTo(code);
        assertThat(chain.statusCode()).isEqualTo(404);
        assertThat(chain.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        for (String header : SECURITY_HEADERS) {
            assertThat(fast.headers().allValues(header)).as(header).isNotEmpty()
                    .isEqualTo(chain.headers().allValues(header));
        }
        assertThat(count()).isEqualTo(before + 2);
    }

    double count() {
        var timer = meters.find("http.server.requests").tag("uri", PublicTrackingFastPath.PATTERN).timers();
        return timer.stream().mapToDouble(t -> t.count()).sum();
    }

    MockHttpServletResponse run(MockHttpServletRequest request, FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        registration.getFilter().doFilter(request, response, chain);
        return response;
    }

    static MockHttpServletRequest get(String code, String idNumber) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", PublicTrackingFastPath.PREFIX + code);
        request.setParameter("idNumber", idNumber);
        return request;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
