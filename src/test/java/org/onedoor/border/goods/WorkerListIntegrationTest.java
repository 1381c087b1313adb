package org.onedoor.border.goods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onedoor.border.CrossingPurpose;
import org.onedoor.border.Direction;
import org.onedoor.border.WorkerLists;
import org.onedoor.common.DomainException;
import org.onedoor.common.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plantation company's workers declared from a CSV: row errors by line and field, all or nothing by default. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkerListIntegrationTest {

    private static final String LE_THANH = "000.00.40.H21";
    private static final String HEADER = "surname,given_names,document_type,document_number,nationality,date_of_birth\n";
    @Autowired
    WorkerLists lists;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private static WorkerLists.Upload upload(boolean validRowsOnly) {
        return new WorkerLists.Upload(LE_THANH, "5900123456", CrossingPurpose.WORK,
                LocalDate.now(VietnamTime.ZONE).plusDays(1), Direction.EXIT, "workers.csv", validRowsOnly, "vi");
    }

    private static byte[] csv(String rows) {
        return ("\uFEFF" + HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    private long declarationsOf(String number) {
        return jdbc.sql("select count(*) from border.declaration where document_number = :n").param("n", number)
                .query(Long.class).single();
    }

    private static final String ROWS = """
            Rơ Châm,H'Lan,PASSPORT,C3100001,VNM,12/03/1995
            Nguyễn,Văn Tư,PASSPORT,C31,VNM,1990-01-01
            Ksor,Y Bhin,PASSPART,C3100003,VNM,31/02/1990
            Trần,"Thị Mỹ, Hạnh",ID_CARD,064195000123,VNM,1995-07-20
            Lê,Thành,PASSPORT,C3100001,VNM,1980-05-05
            """;

    @Test
    void anyWrongRowStoresNothingAndEveryErrorNamesItsLineAndColumn() {
        WorkerLists.Result r = lists.upload(upload(false), csv(ROWS));
        assertThat(r.stored()).isFalse();
        assertThat(r.declared()).isEmpty();
        assertThat(r.errors()).extracting(WorkerLists.RowError::line, WorkerLists.RowError::field,
                WorkerLists.RowError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "document_number", "border.error.documentNumber"),
                org.assertj.core.groups.Tuple.tuple(4, "document_type", "border.goods.csv.documentType"),
                org.assertj.core.groups.Tuple.tuple(4, "date_of_birth", "border.goods.csv.date"),
                org.assertj.core.groups.Tuple.tuple(6, "document_number", "border.goods.csv.duplicate"));
        assertThat(declarationsOf("C3100001")).isZero();
        assertThat(declarationsOf("064195000123")).isZero();
    }

    @Test
    void withTheExplicitChoiceTheValidRowsAreDeclared() {
        String rows = ROWS.replace("C3100001", "C3200001").replace("064195000123", "064195000124");
        WorkerLists.Result r = lists.upload(upload(true), csv(rows));
        assertThat(r.stored()).isTrue();
        assertThat(r.declared()).extracting(WorkerLists.Declared::line, WorkerLists.Declared::fullName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Rơ Châm H'Lan"),
                        org.assertj.core.groups.Tuple.tuple(5, "Trần Thị Mỹ, Hạnh"));
        assertThat(r.errors()).hasSize(4);
        assertThat(declarationsOf("C3200001")).isEqualTo(1);
    }

    @Test
    void aWrongUploadAsAWholeIsRefusedWithItsReason() {
        assertThatThrownBy(() -> lists.upload(upload(false), "surname,given_names\nA,B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.messageKey()).isEqualTo("border.goods.csv.header")));
        assertThatThrownBy(() -> lists.upload(upload(false), new byte[2 * 1024 * 1024]))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> assertThat(v.messageKey()).isEqualTo("border.goods.csv.tooLarge")));
        WorkerLists.Upload past = new WorkerLists.Upload(LE_THANH, "59001", CrossingPurpose.WORK,
                LocalDate.now(VietnamTime.ZONE).minusDays(3), Direction.EXIT, "w.csv", false, "vi");
        assertThatThrownBy(() -> lists.upload(past, csv(ROWS)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(org.onedoor.common.FieldViolation::field)
                        .containsExactlyInAnyOrder("businessCode", "plannedDate"));
    }

    @Test
    void theApiReportsRowErrorsInTheCallersLanguage() throws Exception {
        String boundary = "----onedoor";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"w.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + HEADER + "Siu,H'Mai,PASSPORT,C3300001,VN,1999-09-09\r\n--"
                + boundary + "--\r\n";
        String query = "?gate=" + LE_THANH + "&businessCode=5900123456&direction=EXIT&plannedDate="
                + LocalDate.now(VietnamTime.ZONE).plusDays(2);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/public/border/worker-lists" + query))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode error = JsonMapper.builder().build().readTree(r.body()).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(2);
        assertThat(error.get("field").asString()).isEqualTo("nationality");
        assertThat(error.get("message").asString()).isEqualTo("Nationality is a 3-letter code (e.g. VNM).");
    }
}
