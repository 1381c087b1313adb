package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.catalog.Channel;
import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Officers;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Printing the official forms on the real modules (demo agencies, accounts and catalogue of the test profile):
 * dossiers are submitted through {@link DossierIntake}, moved with {@link DossierActions}, and every PDF is fetched
 * over MockMvc as a real officer and read back with PDFBox.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OfficialFormsPrintingIntegrationTest {

    /** Permanent residence registration: commune level, standard workflow (assign, examine, approve or refuse). */
    static final String PROCEDURE = "1.004222";
    static final String PROCEDURE_NAME = "Đăng ký thường trú";
    static final String COMMUNE = "000.00.31.H37";
    static final String DESK = "motcua.giaphu";
    static final String SPECIALIST = "chuyenvien.giaphu";
    static final String LEADER = "lanhdao.giaphu";
    static final String APPLICANT = "Nguyễn Thị Hồng Nhung";

    @Autowired MockMvc mvc;
    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;
    @Autowired DossierQueries queries;
    @Autowired Officers officerDirectory;
    @Autowired org.onedoor.signing.SignatureValidator signatures;

    RealOfficers officers;

    @BeforeEach
    void officers() {
        officers = new RealOfficers(officerDirectory);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyFormOfARefusedDossierPrintsWithCodeApplicantAndProcedure() throws Exception {
        String code = counterDossier(List.of("TK01", "TP02"));
        act(LEADER, new ActionRequest(WorkflowAction.ASSIGN, null, SPECIALIST, List.of(), null));
        act(SPECIALIST, ActionRequest.of(WorkflowAction.REQUEST_SUPPLEMENT,
                "Bản sao giấy tờ chứng minh chỗ ở hợp pháp\nTờ khai CT01 có chữ ký của chủ hộ"), code);
        act(DESK, ActionRequest.of(WorkflowAction.SUPPLEMENT_RECEIVED, null), code);
        Instant due = queries.find(code).orElseThrow().dueAt();
        act(LEADER, new ActionRequest(WorkflowAction.EXTEND, "Cần xác minh thông tin cư trú tại địa phương", null, List.of(),
                due.plus(3, ChronoUnit.DAYS)), code);
        act(SPECIALIST, ActionRequest.of(WorkflowAction.FORWARD, null), code);
        act(LEADER, ActionRequest.of(WorkflowAction.REFUSE, "Chỗ ở không thuộc địa bàn xã Gia Phú"), code);
        SecurityContextHolder.clearContext();

        for (String form : List.of("receipt", "supplement-request", "refusal", "apology", "stop-notice", "tracking-sheet")) {
            String text = pdf(code, form, DESK);
            assertThat(text).as(form).contains(code, APPLICANT, PROCEDURE_NAME);
        }
        assertThat(pdf(code, "supplement-request", SPECIALIST))
                .contains("Bản sao giấy tờ chứng minh chỗ ở hợp pháp", "Tờ khai CT01 có chữ ký của chủ hộ");
        assertThat(pdf(code, "refusal", LEADER)).contains("Chỗ ở không thuộc địa bàn xã Gia Phú");
        assertThat(pdf(code, "apology", LEADER)).contains("Cần xác minh thông tin cư trú tại địa phương",
                day(due), day(due.plus(3, ChronoUnit.DAYS)));
        assertThat(pdf(code, "tracking-sheet", DESK)).contains("Lãnh đạo phân công xử lý", "Thẩm định, xử lý hồ sơ");
        assertThat(pdf(code, "receipt", DESK)).contains("Tờ khai thay đổi thông tin cư trú (CT01)", "7 ngày làm việc");
    }

    @Test
    void anOfficerOfAnotherAgencyGets404AndSoDoesAFormThatDoesNotApply() throws Exception {
        String code = counterDossier(List.of("TK01", "TP02"));
        SecurityContextHolder.clearContext();
        assertThat(pdf(code, "receipt", DESK)).contains(code);
        mvc.perform(get("/workspace/dossiers/{c}/forms/receipt.pdf", code).with(officers.as("motcua.laocai")))
                .andExpect(status().isNotFound());
        for (String form : List.of("supplement-request", "refusal", "apology", "stop-notice", "no-such-form")) {
            mvc.perform(get("/workspace/dossiers/{c}/forms/{f}.pdf", code, form).with(officers.as(DESK)))
                    .andExpect(status().isNotFound());
        }
        String page = mvc.perform(get("/workspace/dossiers/{c}", code).with(officers.as(DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/forms/receipt.pdf", "/forms/tracking-sheet.pdf")
                .doesNotContain("/forms/refusal.pdf", "/forms/apology.pdf", "/forms/stop-notice.pdf");
    }

    @Test
    void theRegisterListsTheAgencysDossiersOfThePeriodOnlyToItsOwnOfficers() throws Exception {
        String code = counterDossier(List.of("TK01", "TP02"));
        SecurityContextHolder.clearContext();
        String today = LocalDate.now(VietnamTime.ZONE).toString();
        String page = mvc.perform(get("/workspace/register").param("from", today).param("to", today).with(officers.as(DESK)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(code, APPLICANT, "/workspace/register.pdf");
        byte[] pdf = mvc.perform(get("/workspace/register.pdf").param("from", today).param("to", today).with(officers.as(DESK)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(RealOfficers.text(pdf).replaceAll("\\s+", " ")).contains(code, APPLICANT);
        // sealed with the demo agency's organisational certificate (signing module, decision 0305)
        assertThat(signatures.validate(pdf).indication()).isEqualTo(org.onedoor.signing.Indication.TOTAL_PASSED);
        String other = mvc.perform(get("/workspace/register").param("from", today).param("to", today)
                        .with(officers.as("motcua.laocai")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(code);
        String yesterday = LocalDate.now(VietnamTime.ZONE).minusDays(1).toString();
        assertThat(mvc.perform(get("/workspace/register").param("from", yesterday).param("to", yesterday).with(officers.as(DESK)))
                .andReturn().getResponse().getContentAsString()).doesNotContain(code);
    }

    @Test
    void theCitizenDownloadsTheReceiptPdfOnlyInTheSessionThatSubmitted() throws Exception {
        MockHttpSession session = new MockHttpSession();
        var request = multipart("/submit/{p}", PROCEDURE);
        request.file(new MockMultipartFile("file_TK01", "ct01.pdf", "application/pdf", RealOfficers.scan()));
        request.file(new MockMultipartFile("file_TP02", "cho-o.pdf", "application/pdf", RealOfficers.scan()));
        String location = mvc.perform(request.session(session).with(csrf())
                        .param("applicant.type", "CITIZEN").param("applicant.idNumber", "001301012345")
                        .param("applicant.name", APPLICANT).param("applicant.birthDate", "2001-05-06")
                        .param("applicant.phone", "0912345678").param("applicant.address", "Thôn Phú Hà, xã Gia Phú")
                        .param("receivingAgencyCode", COMMUNE).param("consent", "true")
                        .param("idempotencyKey", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/submit/receipt/");
        String code = location.substring("/submit/receipt/".length());

        assertThat(mvc.perform(get(location).session(session)).andReturn().getResponse().getContentAsString())
                .contains(location + "/receipt.pdf");
        byte[] pdf = mvc.perform(get(location + "/receipt.pdf").session(session))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"receipt-" + code + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(RealOfficers.text(pdf).replaceAll("\\s+", " ")).contains(code, APPLICANT, PROCEDURE_NAME);
        mvc.perform(get(location + "/receipt.pdf").session(new MockHttpSession())).andExpect(status().isNotFound());
    }

    @Test
    void theCounterRegistersAnIncompleteDossierAndPrintsTheSupplementRequestOrTheRefusal() throws Exception {
        String supplement = counterIntake("supplement", null);
        assertThat(queries.find(supplement)).get().extracting(d -> d.status()).isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
        SecurityContextHolder.clearContext();
        assertThat(pdf(supplement, "supplement-request", DESK)).contains(supplement, APPLICANT, PROCEDURE_NAME,
                "Giấy tờ chứng minh chỗ ở hợp pháp");
        mvc.perform(get("/workspace/dossiers/{c}/forms/receipt.pdf", supplement).with(officers.as(DESK)))
                .andExpect(status().isNotFound());

        // the applicant comes back with the paper: the desk scans it, takes the supplement in and receives the dossier
        mvc.perform(multipart("/workspace/dossiers/{c}/files", supplement)
                        .file(new MockMultipartFile("file", "cho-o.pdf", "application/pdf", RealOfficers.scan()))
                        .param("component", "TP02").with(csrf()).with(officers.as(DESK)))
                .andExpect(status().is3xxRedirection());
        act(DESK, ActionRequest.of(WorkflowAction.SUPPLEMENT_RECEIVED, null), supplement);
        act(DESK, ActionRequest.of(WorkflowAction.RECEIVE, null), supplement);
        SecurityContextHolder.clearContext();
        assertThat(pdf(supplement, "receipt", DESK)).contains(supplement, "Giấy tờ chứng minh chỗ ở hợp pháp");
        // another agency's desk cannot attach anything
        mvc.perform(multipart("/workspace/dossiers/{c}/files", supplement)
                        .file(new MockMultipartFile("file", "x.pdf", "application/pdf", RealOfficers.scan()))
                        .param("component", "TP02").with(csrf()).with(officers.as("motcua.laocai")))
                .andExpect(status().isNotFound());

        String refused = counterIntake("refuse", "Địa chỉ thường trú không thuộc xã Gia Phú");
        assertThat(queries.find(refused)).get().extracting(d -> d.status()).isEqualTo(DossierStatus.REFUSED_AT_INTAKE);
        SecurityContextHolder.clearContext();
        assertThat(pdf(refused, "refusal", DESK)).contains(refused, APPLICANT, PROCEDURE_NAME,
                "Địa chỉ thường trú không thuộc xã Gia Phú");
    }

    /** Counter intake page with the mandatory TP02 missing; returns the code it redirected to, signed in as the desk. */
    private String counterIntake(String outcome, String reasons) throws Exception {
        var request = multipart("/workspace/intake/{p}", PROCEDURE);
        request.file(new MockMultipartFile("file_TK01", "ct01.pdf", "application/pdf", RealOfficers.scan()));
        request.param("applicant.type", "CITIZEN").param("applicant.idNumber", "001301012345")
                .param("applicant.name", APPLICANT).param("applicant.birthDate", "2001-05-06")
                .param("channel", "COUNTER").param("idempotencyKey", UUID.randomUUID().toString())
                .param("outcome", outcome).with(csrf()).with(officers.as(DESK));
        if (reasons != null) {
            request.param("refusalReasons", reasons);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        officers.become(DESK);
        return location.substring("/workspace/dossiers/".length());
    }

    /** A complete counter dossier at the commune desk, received at once; returns its code. */
    String counterDossier(List<String> components) {
        officers.become(DESK);
        Receipt receipt = intake.submit(new SubmissionRequest(PROCEDURE, applicant(), Channel.COUNTER, COMMUNE, null,
                components, null), null);
        assertThat(receipt.status()).isEqualTo(DossierStatus.RECEIVED);
        last = receipt.code();
        return receipt.code();
    }

    private String last;

    private void act(String username, ActionRequest request) {
        act(username, request, last);
    }

    private void act(String username, ActionRequest request, String code) {
        officers.become(username);
        actions.act(code, request, null);
    }

    static Applicant applicant() {
        return new Applicant(ApplicantType.CITIZEN, "001301012345", null, APPLICANT, LocalDate.of(2001, 5, 6),
                "0912345678", null, "Thôn Phú Hà, xã Gia Phú");
    }

    String pdf(String code, String form, String username) throws Exception {
        byte[] bytes = mvc.perform(get("/workspace/dossiers/{c}/forms/{f}.pdf", code, form).with(officers.as(username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"" + form + "-" + code + ".pdf\""))
                .andReturn().getResponse().getContentAsByteArray();
        return RealOfficers.text(bytes).replaceAll("\\s+", " ");
    }

    static String day(Instant instant) {
        return java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnamTime.ZONE).format(instant);
    }
}
