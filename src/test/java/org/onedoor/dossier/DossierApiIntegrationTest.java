package org.onedoor.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onedoor.dossier.DossierTestFixtures.CENTRE;
import static org.onedoor.dossier.DossierTestFixtures.CONSULTED;
import static org.onedoor.dossier.DossierTestFixtures.CONSULTED_2;
import static org.onedoor.dossier.DossierTestFixtures.DEPARTMENT;
import static org.onedoor.dossier.DossierTestFixtures.OTHER_DEPARTMENT;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/** The dossier lifecycle through the HTTP API on the embedded PostgreSQL. */
@SpringBootTest(properties = "onedoor.dossier.max-file-size=64KB")
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import(DossierTestFixtures.class)
@RecordApplicationEvents
class DossierApiIntegrationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static String citizen(String procedure, String channel, String components) {
        return """
                {"procedureCode": "%s", "channel": "%s", "receivingAgencyCode": "%s", "competentAgencyCode": "%s",
                 "components": [%s],
                 "applicant": {"type": "CITIZEN", "idNumber": "001090012345", "name": "Nguyễn Văn An",
                               "birthDate": "1990-05-01", "phone": "0912 345 678", "email": "an@example.vn",
                               "address": "1 Tràng Tiền, Hà Nội"}}""".formatted(procedure, channel, CENTRE, DEPARTMENT, components);
    }

    ResultActions submit(String body, RequestPostProcessor... as) throws Exception {
        var request = post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body);
        for (RequestPostProcessor p : as) {
            request.with(p);
        }
        return mvc.perform(request);
    }

    /** Submits online, uploads the mandatory form, returns {code, token}. */
    String[] onlineDossier(String procedure) throws Exception {
        MvcResult r = submit(citizen(procedure, "ONLINE", "\"TK01\"")).andExpect(status().isCreated()).andReturn();
        String code = JsonPath.read(r.getResponse().getContentAsString(), "$.code");
        String token = JsonPath.read(r.getResponse().getContentAsString(), "$.submissionToken");
        mvc.perform(multipart("/api/v1/dossiers/" + code + "/files")
                        .file(new MockMultipartFile("file", "to-khai.pdf", "application/pdf", PDF))
                        .param("componentCode", "TK01").header("X-Submission-Token", token))
                .andExpect(status().isCreated());
        return new String[] {code, token};
    }

    ResultActions act(String code, String who, String json) throws Exception {
        return mvc.perform(post("/api/v1/dossiers/" + code + "/actions").with(user(who))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions act(String code, String who, String action, String comment) throws Exception {
        return act(code, who, "{\"action\": \"" + action + "\"" + (comment == null ? "" : ", \"comment\": \"" + comment + "\"") + "}");
    }

    /** Received by the desk, assigned, in examination. */
    String dossierInExamination(String procedure) throws Exception {
        String code = onlineDossier(procedure)[0];
        act(code, "desk", "RECEIVE", null).andExpect(status().isOk());
        act(code, "leader", "{\"action\": \"ASSIGN\", \"assignee\": \"spec\"}").andExpect(status().isOk());
        return code;
    }

    int rows(String table) {
        return jdbc.sql("select count(*) from dossier." + table).query(Integer.class).single();
    }

    @Test
    void anOnlineDossierGoesFromSubmissionToTheReturnedResult() throws Exception {
        MvcResult created = submit(citizen("T.STD", "ONLINE", "\"TK01\""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW"))
                .andExpect(jsonPath("$.code").value(Matchers.matchesRegex("000\\.00\\.12\\.H23-\\d{6}-\\d{4}")))
                .andExpect(jsonPath("$.receivedAt").exists())
                .andExpect(jsonPath("$.dueAt").exists())
                .andReturn();
        String code = JsonPath.read(created.getResponse().getContentAsString(), "$.code");
        String token = JsonPath.read(created.getResponse().getContentAsString(), "$.submissionToken");
        mvc.perform(multipart("/api/v1/dossiers/" + code + "/files")
                        .file(new MockMultipartFile("file", "scan.png", "image/png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}))
                        .param("componentCode", "TK01").header("X-Submission-Token", token))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.mediaType").value("image/png"));

        act(code, "desk", "RECEIVE", null).andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.stepId").value("assignment"));
        act(code, "leader", "{\"action\": \"ASSIGN\", \"assignee\": \"spec\"}")
                .andExpect(jsonPath("$.status").value("PROCESSING"));
        act(code, "spec", "FORWARD", "Đủ điều kiện").andExpect(jsonPath("$.stepId").value("approval"));
        act(code, "leader", "APPROVE", null).andExpect(jsonPath("$.status").value("SIGNING"));
        act(code, "signer", "SIGN", null).andExpect(jsonPath("$.status").value("RESULT_READY"));
        act(code, "desk", "RETURN_RESULT", null).andExpect(jsonPath("$.status").value("RESULT_RETURNED"));

        mvc.perform(get("/api/v1/dossiers/" + code).with(user("desk")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("spec"))
                .andExpect(jsonPath("$.finishedAt").exists())
                .andExpect(jsonPath("$.files.length()").value(1))
                .andExpect(jsonPath("$.history[*].action").value(Matchers.contains("SUBMIT", "RECEIVE", "ASSIGN",
                        "FORWARD", "APPROVE", "SIGN", "RETURN_RESULT")))
                .andExpect(jsonPath("$.history[6].from").value("RESULT_READY"))
                .andExpect(jsonPath("$.history[6].actor").value("desk"))
                .andExpect(jsonPath("$.allowedActions.length()").value(0));
        assertThat(DossierTestFixtures.AUDIT).contains("dossier.read " + code, "dossier.return_result " + code);
        assertThat(events.stream(DossierStatusChanged.class).filter(e -> e.dossier().code().equals(code)))
                .as("one DossierStatusChanged per transition").extracting(DossierStatusChanged::sequence)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(events.stream(DossierStatusChanged.class).filter(e -> e.dossier().code().equals(code)).toList()
                .get(6)).satisfies(e -> {
                    assertThat(e.from()).isEqualTo(DossierStatus.RESULT_READY);
                    assertThat(e.dossier().status()).isEqualTo(DossierStatus.RESULT_RETURNED);
                    assertThat(e.dossier().competentAgencyCode()).isEqualTo(DEPARTMENT);
                });

        mvc.perform(get("/api/v1/public/dossiers/" + code).param("idNumber", "001090012345"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESULT_RETURNED"))
                .andExpect(jsonPath("$.timeline.length()").value(7))
                .andExpect(jsonPath("$.timeline[0].actor").doesNotExist())
                .andExpect(jsonPath("$.applicant").doesNotExist());
        mvc.perform(get("/api/v1/public/dossiers/" + code).param("phone", "+84912345678"))
                .andExpect(status().isOk());
    }

    @Test
    void theDeskCannotReceiveAnOnlineDossierWithoutItsMandatoryFiles() throws Exception {
        MvcResult r = submit(citizen("T.STD", "ONLINE", "\"TK01\"")).andReturn();
        String code = JsonPath.read(r.getResponse().getContentAsString(), "$.code");

        act(code, "desk", "RECEIVE", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("components.TK01"));
    }

    @Test
    void aCounterDossierIsReceivedAtOnceByTheDeskOfficer() throws Exception {
        submit(citizen("T.STD", "COUNTER", "\"TK01\""), user("desk")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"));
        submit(citizen("T.STD", "COUNTER", "\"TK01\"")).andExpect(status().isForbidden());
        submit(citizen("T.STD", "COUNTER", "\"TK01\""), user("leader")).andExpect(status().isForbidden());
    }

    @Test
    void anIncompleteCounterDossierIsRegisteredAtIntakeForTheSupplementRequestOrTheRefusal() throws Exception {
        MvcResult r = submit(citizen("T.STD", "COUNTER", "\"TK02\""), user("desk")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("NEW")).andReturn();
        String code = JsonPath.read(r.getResponse().getContentAsString(), "$.code");
        // still no receipt without the mandatory paper
        act(code, "desk", "RECEIVE", null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("components.TK01"));
        act(code, "desk", "REQUEST_SUPPLEMENT", "Tờ khai").andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"))
                .andExpect(jsonPath("$.stepId").value("intake-supplement"));
        String detail = mvc.perform(get("/api/v1/dossiers/" + code).with(user("desk"))).andReturn().getResponse()
                .getContentAsString();
        // before receipt there is no legal clock: the request does not count against the agency
        assertThat((Integer) JsonPath.read(detail, "$.supplementCount")).isZero();
        act(code, "desk", "SUPPLEMENT_RECEIVED", null).andExpect(jsonPath("$.status").value("NEW"));

        MvcResult other = submit(citizen("T.STD", "POSTAL", ""), user("desk")).andExpect(jsonPath("$.status").value("NEW")).andReturn();
        String refused = JsonPath.read(other.getResponse().getContentAsString(), "$.code");
        act(refused, "desk", "REFUSE_AT_INTAKE", "Không thuộc thẩm quyền").andExpect(jsonPath("$.status").value("REFUSED_AT_INTAKE"));
    }

    @Test
    void aSupplementPausesTheClockAndTheCompleteDossierRestartsTheLimitFromZero() throws Exception {
        String code = dossierInExamination("T.STD");
        String dueBefore = JsonPath.read(mvc.perform(get("/api/v1/dossiers/" + code).with(user("spec")))
                .andReturn().getResponse().getContentAsString(), "$.dueAt");

        act(code, "spec", "REQUEST_SUPPLEMENT", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("comment"));
        act(code, "spec", "REQUEST_SUPPLEMENT", "Thiếu bản sao giấy khai sinh")
                .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"));
        Thread.sleep(5);
        act(code, "desk", "SUPPLEMENT_RECEIVED", null).andExpect(jsonPath("$.status").value("PROCESSING"))
                .andExpect(jsonPath("$.stepId").value("examination"));

        String detail = mvc.perform(get("/api/v1/dossiers/" + code).with(user("spec"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Instant.parse(JsonPath.read(detail, "$.dueAt"))).isAfter(Instant.parse(dueBefore));
        assertThat((Integer) JsonPath.read(detail, "$.supplementCount")).isEqualTo(1);
    }

    @Test
    void onlyTheAssignedSpecialistWorksOnTheDossier() throws Exception {
        String code = dossierInExamination("T.STD");

        act(code, "spec2", "FORWARD", null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/dossiers/" + code).with(user("spec2")))
                .andExpect(jsonPath("$.allowedActions.length()").value(0));
        act(code, "leader", "{\"action\": \"ASSIGN\", \"assignee\": \"desk\"}").andExpect(status().isUnprocessableContent());
        act(code, "spec", "FORWARD", null).andExpect(status().isOk());
    }

    @Test
    void theDueDateMovesOnceWithAnApology() throws Exception {
        String code = dossierInExamination("T.STD");
        String due = JsonPath.read(mvc.perform(get("/api/v1/dossiers/" + code).with(user("leader")))
                .andReturn().getResponse().getContentAsString(), "$.dueAt");
        String later = Instant.parse(due).plusSeconds(5 * 86400).toString();

        act(code, "leader", "{\"action\": \"EXTEND\", \"newDueAt\": \"" + later + "\"}").andExpect(status().isBadRequest());
        act(code, "spec", "{\"action\": \"EXTEND\", \"comment\": \"Xin lỗi\", \"newDueAt\": \"" + later + "\"}")
                .andExpect(status().isForbidden());
        act(code, "leader", "{\"action\": \"EXTEND\", \"comment\": \"Xin lỗi vì chậm trễ\", \"newDueAt\": \"" + later + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.dueAt").value(later))
                .andExpect(jsonPath("$.stepId").value("examination"));
        act(code, "leader", "{\"action\": \"EXTEND\", \"comment\": \"Lần nữa\", \"newDueAt\": \"" + later.replace("Z", "") + "Z\"}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/dossiers/" + code).with(user("leader"))).andExpect(jsonPath("$.extended").value(true));
    }

    @Test
    void aLeaderRefusesWithReasonsAndTheDossierStops() throws Exception {
        String code = dossierInExamination("T.STD");
        act(code, "spec", "FORWARD", null).andExpect(status().isOk());

        act(code, "leader", "REFUSE", null).andExpect(status().isBadRequest());
        act(code, "leader", "REFUSE", "Không đủ điều kiện theo Điều 5").andExpect(jsonPath("$.status").value("STOPPED"));
        act(code, "leader", "APPROVE", null).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theDeskRecordsAWithdrawal() throws Exception {
        String code = dossierInExamination("T.STD");
        act(code, "desk", "WITHDRAW", "Công dân xin rút").andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(get("/api/v1/dossiers/" + code).with(user("desk"))).andExpect(jsonPath("$.finishedAt").exists());
    }

    @Test
    void consultedAgenciesReplyInParallelAndTheDossierJoinsWhenAllHaveReplied() throws Exception {
        String code = dossierInExamination("T.CON");
        act(code, "outsider", "CONSULTATION_REPLY", "x").andExpect(status().isNotFound());
        act(code, "spec", "{\"action\": \"CONSULT\", \"agencies\": [\"" + CONSULTED + "\", \"" + CONSULTED_2 + "\"]}")
                .andExpect(jsonPath("$.status").value("CONSULTING"));

        mvc.perform(get("/api/v1/dossiers/" + code).with(user("consulted")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allowedActions").value(Matchers.contains("CONSULTATION_REPLY")))
                .andExpect(jsonPath("$.consultations.length()").value(2))
                .andExpect(jsonPath("$.consultations[0].dueAt").exists());
        act(code, "consulted", "CONSULTATION_REPLY", "Đồng ý").andExpect(jsonPath("$.status").value("CONSULTING"));
        act(code, "consulted", "CONSULTATION_REPLY", "Lại").andExpect(status().isUnprocessableContent());
        act(code, "spec", "FORWARD", null).andExpect(status().isUnprocessableContent());
        act(code, "consulted2", "CONSULTATION_REPLY", "Đồng ý có điều kiện")
                .andExpect(jsonPath("$.status").value("PROCESSING")).andExpect(jsonPath("$.stepId").value("examination"));
    }

    @Test
    void theSameIdempotencyKeyReplaysTheReceiptAndRefusesADifferentRequest() throws Exception {
        String body = citizen("T.STD", "ONLINE", "\"TK01\"");
        int before = rows("dossier");
        String first = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", "k-" + System.nanoTime() + "-a")).andReturn().getResponse().getContentAsString();
        String key = "key-" + System.nanoTime();
        String a = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String b = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content(body)
                .header("Idempotency-Key", key)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("Nguyễn Văn An", "Trần Thị Bình")).header("Idempotency-Key", key))
                .andExpect(status().isUnprocessableContent());

        assertThat(b).isEqualTo(a);
        assertThat(a).isNotEqualTo(first);
        assertThat(rows("dossier")).isEqualTo(before + 2);
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        String code = onlineDossier("T.STD")[0];
        int version = JsonPath.read(mvc.perform(get("/api/v1/dossiers/" + code).with(user("desk")))
                .andReturn().getResponse().getContentAsString(), "$.version");

        mvc.perform(post("/api/v1/dossiers/" + code + "/actions").with(user("desk")).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"RECEIVE\"}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/dossiers/" + code + "/actions").with(user("desk")).header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\": \"WITHDRAW\", \"comment\": \"x\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void anOfficerOfAnotherAgencyLearnsNothing() throws Exception {
        String code = onlineDossier("T.STD")[0];

        String unknown = mvc.perform(get("/api/v1/dossiers/" + CENTRE + "-000101-9999").with(user("outsider")))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/dossiers/" + code).with(user("outsider"))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.applicant").doesNotExist());
        act(code, "outsider", "RECEIVE", null).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/dossiers").with(user("outsider"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[*].code").value(Matchers.not(Matchers.hasItem(code))));
        mvc.perform(get("/api/v1/dossiers").with(user("desk")).param("status", "NEW"))
                .andExpect(jsonPath("$.rows[*].code").value(Matchers.hasItem(code)));
        assertThat(unknown).contains("\"status\":404");
        mvc.perform(get("/api/v1/dossiers/" + code)).andExpect(status().isUnauthorized());
    }

    @Test
    void publicTrackingWithAWrongSecretLooksExactlyLikeAnUnknownCode() throws Exception {
        String code = onlineDossier("T.STD")[0];

        String wrong = mvc.perform(get("/api/v1/public/dossiers/" + code).param("idNumber", "001090012346"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        String unknown = mvc.perform(get("/api/v1/public/dossiers/" + code + "9").param("idNumber", "001090012345"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/v1/public/dossiers/" + code)).andExpect(status().isNotFound());

        assertThat(wrong.replace(code, "X")).isEqualTo(unknown.replace(code + "9", "X"));
        assertThat(wrong).doesNotContain("Nguyễn");
    }

    @Test
    void missingFieldsAreReportedOneByOneAndNothingIsWritten() throws Exception {
        int before = rows("dossier");
        submit("{\"applicant\": {\"type\": \"CITIZEN\"}}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItems("procedureCode", "channel",
                        "applicant.name", "applicant.idNumber", "applicant.birthDate")));
        submit("{not json").andExpect(status().isBadRequest());
        assertThat(rows("dossier")).isEqualTo(before);
    }

    @Test
    void malformedIdentifiersUnknownProceduresAndWrongAgenciesAreFieldErrors() throws Exception {
        int before = rows("dossier");
        String ok = citizen("T.STD", "ONLINE", "\"TK01\"");
        record Case(String body, String field) { }
        for (Case c : List.of(
                new Case(ok.replace("001090012345", "00109001234"), "applicant.idNumber"),
                new Case(ok.replace("001090012345", "003090012345"), "applicant.idNumber"),
                new Case(ok.replace("001090012345", "001290012345"), "applicant.idNumber"),
                new Case(ok.replace("0912 345 678", "12345"), "applicant.phone"),
                new Case(ok.replace("an@example.vn", "an@"), "applicant.email"),
                new Case(ok.replace("\"T.STD\"", "\"1.999999\""), "procedureCode"),
                new Case(ok.replace("\"TK01\"", "\"TK99\""), "components[0]"),
                new Case(ok.replace("\"competentAgencyCode\": \"" + DEPARTMENT + "\"",
                        "\"competentAgencyCode\": \"000.00.99.H99\""), "competentAgencyCode"),
                new Case(citizen("T.LOCAL", "ONLINE", "").replace("\"receivingAgencyCode\": \"" + CENTRE + "\"",
                        "\"receivingAgencyCode\": \"" + OTHER_DEPARTMENT + "\""), "receivingAgencyCode"))) {
            submit(c.body()).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(Matchers.hasItem(c.field())));
        }
        assertThat(rows("dossier")).isEqualTo(before);
    }

    @Test
    void theCompetentAgencyIsDerivedFromTheProcedureLevelWhenNotGiven() throws Exception {
        String body = citizen("T.PROV", "ONLINE", "").replace("\"competentAgencyCode\": \"" + DEPARTMENT + "\",", "");
        String code = JsonPath.read(submit(body).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.code");
        assertThat(jdbc.sql("select competent_agency_code from dossier.dossier where code = :c").param("c", code)
                .query(String.class).single()).isEqualTo(DossierTestFixtures.PROVINCE);
    }

    @Test
    void disguisedOversizedAndWronglyTypedUploadsAreRefused() throws Exception {
        String[] dossier = onlineDossier("T.STD");
        int before = rows("dossier_file");
        byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        byte[] big = new byte[64 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        for (byte[] content : List.of(exe, zip, big, new byte[0])) {
            mvc.perform(multipart("/api/v1/dossiers/" + dossier[0] + "/files")
                            .file(new MockMultipartFile("file", "giay-to.pdf", "application/pdf", content))
                            .param("componentCode", "TK02").header("X-Submission-Token", dossier[1]))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        }
        mvc.perform(multipart("/api/v1/dossiers/" + dossier[0] + "/files")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF))
                        .param("componentCode", "TK02").header("X-Submission-Token", "wrong-token"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/dossiers/" + dossier[0] + "/files").contentType(MediaType.APPLICATION_JSON)
                .content("{}").header("X-Submission-Token", dossier[1])).andExpect(status().isUnsupportedMediaType());
        submit("x").andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/dossiers").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(rows("dossier_file")).isEqualTo(before);
    }
}
