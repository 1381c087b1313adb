package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The kiosk, counter and board API over real HTTP at the demo Hoàn Kiếm centre. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class QueueApiIntegrationTest {

    private static final String HOAN_KIEM = "000.00.31.H24";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    Queues queues;

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

    @Test
    void kioskIssuesOfficerCallsBoardShows() throws Exception {
        QueueLine b = queues.lines(HOAN_KIEM).stream().filter(l -> l.prefix().equals("B")).findFirst().orElseThrow();
        int before = queues.waiting(HOAN_KIEM, b.id());

        HttpResponse<String> issued = send("POST", "/api/v1/queue/" + HOAN_KIEM + "/tickets",
                "{\"lineId\":" + b.id() + ",\"priorityGroup\":\"ELDERLY\"}", null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode ticket = JSON.readTree(issued.body());
        assertThat(ticket.get("code").asString()).startsWith("B").hasSize(4);
        assertThat(ticket.get("position").asInt()).isEqualTo(before + 1);
        assertThat(ticket.get("waiting").asInt()).isEqualTo(before + 1);

        HttpResponse<String> anonymous = send("POST", "/api/v1/queue/" + HOAN_KIEM + "/counters/2/next",
                "{\"lineIds\":[" + b.id() + "]}", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> otherCentre = send("POST", "/api/v1/queue/" + HOAN_KIEM + "/counters/2/next",
                "{\"lineIds\":[" + b.id() + "]}", "motcua.giaphu");
        assertThat(otherCentre.statusCode()).isEqualTo(403);
        assertThat(otherCentre.body()).contains("You do not work at centre");

        HttpResponse<String> call = null;
        for (int i = 0; i <= before; i++) {
            call = send("POST", "/api/v1/queue/" + HOAN_KIEM + "/counters/2/next",
                    "{\"lineIds\":[" + b.id() + "]}", "motcua.hoankiem");
            assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
        }
        assertThat(JSON.readTree(call.body()).get("code").asString()).isEqualTo(ticket.get("code").asString());
        assertThat(send("POST", "/api/v1/queue/" + HOAN_KIEM + "/counters/2/next",
                "{\"lineIds\":[" + b.id() + "]}", "motcua.hoankiem").statusCode()).isEqualTo(204);

        HttpResponse<String> board = send("GET", "/api/v1/queue/" + HOAN_KIEM + "/board", null, null);
        assertThat(board.statusCode()).isEqualTo(200);
        JsonNode boardJson = JSON.readTree(board.body());
        assertThat(boardJson.get("calls").toString()).contains(ticket.get("code").asString());
        assertThat(boardJson.get("lines").size()).isEqualTo(3);

        String actions = "/api/v1/queue/" + HOAN_KIEM + "/tickets/" + ticket.get("id").asLong() + "/actions";
        HttpResponse<String> recall = send("POST", actions, "{\"action\":\"RECALL\"}", "motcua.hoankiem");
        assertThat(recall.statusCode()).as(recall.body()).isEqualTo(200);
        assertThat(JSON.readTree(recall.body()).get("status").asString()).isEqualTo("CALLED");
        HttpResponse<String> unknown = send("POST", actions, "{\"action\":\"FORGET\"}", "motcua.hoankiem");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"action\"", "Unknown action");
        assertThat(send("POST", actions, "{\"action\":\"DONE\"}", "motcua.hoankiem").statusCode()).isEqualTo(200);
        HttpResponse<String> again = send("POST", actions, "{\"action\":\"NO_SHOW\"}", "motcua.hoankiem");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("is DONE");
        assertThat(send("POST", actions, "{\"action\":\"RECALL\"}", "motcua.giaphu").statusCode()).isEqualTo(403);

        HttpResponse<String> figures = send("GET", "/api/v1/queue/" + HOAN_KIEM + "/statistics", null, "admin");
        assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
        assertThat(JSON.readTree(figures.body()).get("lines").toString()).contains("\"prefix\":\"B\"", "\"served\":");
        assertThat(send("GET", "/api/v1/queue/" + HOAN_KIEM + "/statistics", null, "motcua.hoankiem").statusCode())
                .isEqualTo(403);
    }

    @Test
    void errorsAreLocalisedProblemDetails() throws Exception {
        HttpResponse<String> unknown = send("POST", "/api/v1/queue/" + HOAN_KIEM + "/tickets",
                "{\"lineId\":999999}", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                v -> assertThat(v).contains("problem+json"));
        assertThat(unknown.body()).contains("There is no queue 999999");
        HttpResponse<String> badGroup = send("POST", "/api/v1/queue/" + HOAN_KIEM + "/tickets",
                "{\"lineId\":1,\"priorityGroup\":\"VIP\"}", null);
        assertThat(badGroup.statusCode()).isEqualTo(400);
        assertThat(send("GET", "/api/v1/queue/NOWHERE/board", null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void theCounterTransfersParksResumesServesWalkInsAndCallsByProfile() throws Exception {
        String api = "/api/v1/queue/" + HOAN_KIEM;
        QueueLine c = queues.lines(HOAN_KIEM).stream().filter(l -> l.prefix().equals("C")).findFirst().orElseThrow();

        HttpResponse<String> issued = send("POST", api + "/tickets", "{\"lineId\":" + c.id() + "}", null);
        JsonNode ticket = JSON.readTree(issued.body());
        int ahead = ticket.get("position").asInt() - 1;
        assertThat(ticket.get("estimatedWaitSeconds").asLong())
                .isEqualTo(queues.estimatedWait(HOAN_KIEM, c.id(), ahead).toSeconds());

        HttpResponse<String> counters = send("GET", api + "/counters", null, "motcua.hoankiem");
        assertThat(counters.statusCode()).as(counters.body()).isEqualTo(200);
        assertThat(JSON.readTree(counters.body()).size()).isEqualTo(4);
        assertThat(counters.body()).contains("\"longestWaitOverMinutes\":20");
        assertThat(send("GET", api + "/counters", null, "motcua.giaphu").statusCode()).isEqualTo(403);

        HttpResponse<String> walkIn = send("POST", api + "/counters/1/walk-ins", "{\"lineId\":" + c.id() + "}",
                "motcua.hoankiem");
        assertThat(walkIn.statusCode()).as(walkIn.body()).isEqualTo(201);
        JsonNode visit = JSON.readTree(walkIn.body());
        assertThat(visit.get("status").asString()).isEqualTo("SERVING");
        assertThat(visit.get("channel").asString()).isEqualTo("WALK_IN");
        String actions = api + "/tickets/" + visit.get("id").asLong() + "/actions";
        assertThat(JSON.readTree(send("POST", actions, "{\"action\":\"PARK\"}", "motcua.hoankiem").body())
                .get("status").asString()).isEqualTo("PARKED");
        assertThat(send("GET", api + "/counters/1/parked", null, "motcua.hoankiem").body())
                .contains(visit.get("code").asString());
        assertThat(JSON.readTree(send("POST", actions, "{\"action\":\"RESUME\"}", "motcua.hoankiem").body())
                .get("status").asString()).isEqualTo("CALLED");

        HttpResponse<String> transfer = send("POST", api + "/tickets/" + visit.get("id").asLong() + "/transfer",
                "{\"toCounter\":\"3\"}", "motcua.hoankiem");
        assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(200);
        assertThat(JSON.readTree(transfer.body()).get("status").asString()).isEqualTo("WAITING");
        HttpResponse<String> byProfile = send("POST", api + "/counters/3/next", null, "motcua.hoankiem");
        assertThat(byProfile.statusCode()).as(byProfile.body()).isEqualTo(200);
        assertThat(JSON.readTree(byProfile.body()).get("id").asLong()).as("transferred to counter 3: called first")
                .isEqualTo(visit.get("id").asLong());

        HttpResponse<String> link = send("POST", api + "/tickets/" + visit.get("id").asLong() + "/dossier",
                "{\"dossierCode\":\"000.00.31.H24-260304-0009\"}", "motcua.hoankiem");
        assertThat(JSON.readTree(link.body()).get("dossierCode").asString()).isEqualTo("000.00.31.H24-260304-0009");
        assertThat(send("POST", api + "/counters/99/next", null, "motcua.hoankiem").statusCode()).isEqualTo(404);
        HttpResponse<String> noTarget = send("POST", api + "/tickets/" + visit.get("id").asLong() + "/transfer", "{}",
                "motcua.hoankiem");
        assertThat(noTarget.statusCode()).isEqualTo(400);
        assertThat(noTarget.body()).contains("\"field\":\"toLineId\"");
        assertThat(send("POST", api + "/tickets/" + visit.get("id").asLong() + "/transfer", "{\"toCounter\":\"3\"}",
                "motcua.giaphu").statusCode()).isEqualTo(403);
    }
}
