package org.onedoor.ecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.ValidationReport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

/**
 * The whole kiosk journey through the HTTP API on the embedded PostgreSQL, with the real scan intake, PDF/A
 * composer and PAdES signer: identify, face (no verifier: to the officer), scan, recognise, officer approval,
 * payment, issue, download, public verification by code and by file.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@RecordApplicationEvents
class KioskJourneyApiIntegrationTest {

    static final String KIOSK = "hoankiem-1";
    static final String OFFICER = "chuyenvien.hoankiem";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignatureValidator validator;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.onedoor.payment.internal.DemoPaymentGateway gateway;

    @Test
    void aCitizenGetsASignedCertifiedCopyThatAnyoneCanVerify() throws Exception {
        // 1. identify by typing the card's data
        MvcResult started = mvc.perform(post("/api/v1/kiosk/{k}/requests", KIOSK).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"method": "MANUAL", "idNumber": "001090012345", "fullName": "Nguyễn Văn An",
                                 "birthDate": "1990-05-12", "email": "an@example.vn"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.request.state").value("IDENTIFIED"))
                .andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        String token = JsonPath.read(started.getResponse().getContentAsString(), "$.token");

        // 2. face: no verifier is installed, so an officer will compare; the citizen goes on
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/kiosk/requests/{id}/face", id)
                        .file(new MockMultipartFile("photo", "face.png", "image/png", ScanImages.facePng()))
                        .header("X-Kiosk-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_FACE_REVIEW"))
                .andExpect(jsonPath("$.faceVerdict").value("UNAVAILABLE"));

        // 3. two scanned pages
        mvc.perform(multipart("/api/v1/kiosk/requests/{id}/scans", id)
                        .file(new MockMultipartFile("files", "p1.png", "image/png", ScanImages.a4Png("GIẤY KHAI SINH", "Họ và tên: Nguyễn Văn An")))
                        .file(new MockMultipartFile("files", "p2.png", "image/png", ScanImages.a4Png("Trang 2")))
                        .header("X-Kiosk-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SCANNED"))
                .andExpect(jsonPath("$.pages").value(2));

        // 4. recognition: the face is not settled, so it waits for an officer; the fee for two pages is set
        mvc.perform(post("/api/v1/kiosk/requests/{id}/recognition", id).header("X-Kiosk-Token", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("AWAITING_OFFICER_REVIEW"))
                .andExpect(jsonPath("$.reviewReasons").value(org.hamcrest.Matchers.hasItem("ecopy.review.face")))
                .andExpect(jsonPath("$.feeVnd").value(2000));

        // the commune's justice officer sees it and approves it
        mvc.perform(get("/api/v1/copies/reviews").with(httpBasic(OFFICER, "Demo@2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(post("/api/v1/copies/reviews/approvals").with(httpBasic(OFFICER, "Demo@2026"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ids\": [\"" + id + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(1));
        mvc.perform(get("/api/v1/kiosk/requests/{id}", id).header("X-Kiosk-Token", token))
                .andExpect(jsonPath("$.state").value("RECOGNISED"));

        // 5. pay, 6. issue
        assertThat(Payment.pay(mvc, gateway, id, token, 2000)).isNotBlank();
        MvcResult issued = mvc.perform(post("/api/v1/kiosk/requests/{id}/issue", id).header("X-Kiosk-Token", token))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.certificationNumber").value(org.hamcrest.Matchers.matchesPattern("[0-9]+/01/20[0-9]{2}/SCT/BS")))
                .andReturn();
        String code = JsonPath.read(issued.getResponse().getContentAsString(), "$.code");
        String sha256 = JsonPath.read(issued.getResponse().getContentAsString(), "$.sha256");
        assertThat(events.stream(CopyIssued.class)).anySatisfy(e -> assertThat(e.code()).isEqualTo(code));

        // issuing again answers the same copy: one number per original
        mvc.perform(post("/api/v1/kiosk/requests/{id}/issue", id).header("X-Kiosk-Token", token))
                .andExpect(jsonPath("$.code").value(code));
        assertThat(jdbc.sql("select count(*) from ecopy.certified_copy where request_id = :id")
                .param("id", UUID.fromString(id)).query(Integer.class).single()).isEqualTo(1);

        // 7. download: a PDF whose two signatures validate
        byte[] pdf = mvc.perform(get("/api/v1/kiosk/requests/{id}/copy", id).header("X-Kiosk-Token", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        ValidationReport report = validator.validate(pdf);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures()).hasSize(2);
        assertThat(report.modifiedAfterSigning()).isFalse();

        // public verification by code and by file
        mvc.perform(get("/api/v1/public/copies/{code}", code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.copy.sha256").value(sha256))
                .andExpect(jsonPath("$.validation.indication").value("TOTAL_PASSED"));
        mvc.perform(multipart("/api/v1/public/copies/verifications")
                        .file(new MockMultipartFile("file", "copy.pdf", "application/pdf", pdf)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value("ISSUED_COPY"))
                .andExpect(jsonPath("$.issuedCopy.code").value(code));

        // the copy stands for the original in a later dossier: attached to its component by code
        MvcResult dossier = mvc.perform(post("/api/v1/dossiers").contentType(MediaType.APPLICATION_JSON).content("""
                        {"procedureCode": "2.000815", "channel": "ONLINE", "receivingAgencyCode": "000.00.31.H24",
                         "components": ["TP01"],
                         "applicant": {"type": "CITIZEN", "idNumber": "001090012345", "name": "Nguyễn Văn An",
                                       "birthDate": "1990-05-12", "phone": "0912345678", "address": "1 Tràng Tiền, Hà Nội"}}"""))
                .andExpect(status().isCreated()).andReturn();
        String dossierCode = JsonPath.read(dossier.getResponse().getContentAsString(), "$.code");
        String submissionToken = JsonPath.read(dossier.getResponse().getContentAsString(), "$.submissionToken");
        mvc.perform(post("/api/v1/public/copies/{code}/attachments", code.toLowerCase()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dossierCode": "%s", "componentCode": "TP01", "submissionToken": "%s"}"""
                                .formatted(dossierCode, submissionToken)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("ban-sao-chung-thuc-" + code + ".pdf"))
                .andExpect(jsonPath("$.sha256").value(sha256));
        mvc.perform(post("/api/v1/public/copies/{code}/attachments", code).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"dossierCode": "%s", "componentCode": "TP01", "submissionToken": "wrong"}""".formatted(dossierCode)))
                .andExpect(status().is4xxClientError());

        // an altered file is not the copy
        byte[] altered = pdf.clone();
        altered[altered.length / 3] ^= 0x01;
        mvc.perform(multipart("/api/v1/public/copies/verifications")
                        .file(new MockMultipartFile("file", "copy.pdf", "application/pdf", altered)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verdict").value(org.hamcrest.Matchers.not("ISSUED_COPY")));
    }

    @Test
    void aFileThatIsNotAScanIsRefusedWithAClearMessage() throws Exception {
        MvcResult started = mvc.perform(post("/api/v1/kiosk/{k}/requests", KIOSK).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"method": "MANUAL", "idNumber": "001090012345", "fullName": "Nguyễn Văn An", "birthDate": "1990-05-12"}"""))
                .andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        String token = JsonPath.read(started.getResponse().getContentAsString(), "$.token");
        mvc.perform(multipart(HttpMethod.PUT, "/api/v1/kiosk/requests/{id}/face", id)
                .file(new MockMultipartFile("photo", "face.png", "image/png", ScanImages.facePng())).header("X-Kiosk-Token", token));
        mvc.perform(multipart("/api/v1/kiosk/requests/{id}/scans", id)
                        .file(new MockMultipartFile("files", "scan.png", "image/png", "MZ not an image at all".getBytes()))
                        .header("X-Kiosk-Token", token).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("scan."))));
        mvc.perform(get("/api/v1/kiosk/requests/{id}", id).header("X-Kiosk-Token", token))
                .andExpect(jsonPath("$.state").value("AWAITING_FACE_REVIEW"));
    }

    @Test
    void aWrongSessionSecretIsNotFound() throws Exception {
        MvcResult started = mvc.perform(post("/api/v1/kiosk/{k}/requests", KIOSK).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"method": "MANUAL", "idNumber": "001090012345", "fullName": "Nguyễn Văn An", "birthDate": "1990-05-12"}"""))
                .andReturn();
        String id = JsonPath.read(started.getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/api/v1/kiosk/requests/{id}", id).header("X-Kiosk-Token", "guess"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").exists());
    }

    @Test
    void anIdNumberThatDisagreesWithTheBirthYearIsRefusedWithAFieldError() throws Exception {
        mvc.perform(post("/api/v1/kiosk/{k}/requests", KIOSK).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"method": "MANUAL", "idNumber": "001090012345", "fullName": "Nguyễn Văn An", "birthDate": "1985-05-12"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("idNumber"));
    }
}
