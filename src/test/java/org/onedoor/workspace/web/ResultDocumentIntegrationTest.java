package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.catalog.Channel;
import org.onedoor.common.DomainException;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierActions;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.DossierQueries;
import org.onedoor.dossier.DossierResults;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Officers;
import org.onedoor.signing.Indication;
import org.onedoor.signing.SignatureValidator;
import org.onedoor.signing.ValidationReport;
import org.onedoor.storage.FileStore;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dossier's result document on the real modules of the test profile (demo agencies, accounts, catalogue and
 * PKI): attached by the specialist, signed by the leader in the SIGN action, downloaded by the applicant after
 * the desk returned it. The leader of Phường Lào Cai has a configured key that cannot be opened, so that their
 * SIGN fails the way a missing token does.
 */
@SpringBootTest(properties = {
        "onedoor.signing.keys[0].officer=lanhdao.phuonglaocai",
        "onedoor.signing.keys[0].pkcs12=target/no-such-key.p12",
        "onedoor.signing.keys[0].password=wrong"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResultDocumentIntegrationTest {

    static final String PROCEDURE = "1.004222";
    static final String ID_NUMBER = "001301054321";

    @Autowired MockMvc mvc;
    @Autowired DossierIntake intake;
    @Autowired DossierActions actions;
    @Autowired DossierQueries queries;
    @Autowired DossierResults results;
    @Autowired Officers officerDirectory;
    @Autowired SignatureValidator validator;
    @Autowired FileStore files;

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
    void theLeaderSignsTheAttachedResultAndTheApplicantDownloadsItAfterReturn() throws Exception {
        String code = atApproval("giaphu", "000.00.31.H37");
        byte[] unsigned = RealOfficers.scan();
        mvc.perform(multipart("/workspace/dossiers/{c}/result", code)
                        .file(new MockMultipartFile("file", "quyet-dinh.pdf", "application/pdf", unsigned))
                        .with(csrf()).with(officers.as("chuyenvien.giaphu")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("resultAttached", true));
        act("lanhdao.giaphu", WorkflowAction.APPROVE, code);
        act("lanhdao.giaphu", WorkflowAction.SIGN, code);

        officers.become("lanhdao.giaphu");
        DossierDetail detail = queries.find(code).orElseThrow();
        assertThat(detail.status()).isEqualTo(DossierStatus.RESULT_READY);
        List<DossierFile> result = detail.files().stream().filter(f -> f.componentCode().equals("RESULT")).toList();
        assertThat(result).hasSize(2);
        assertThat(result.get(0).uploadedBy()).isEqualTo("chuyenvien.giaphu");
        DossierFile signedFile = result.get(1);
        assertThat(signedFile.uploadedBy()).isEqualTo("lanhdao.giaphu");
        assertThat(signedFile.fileName()).isEqualTo("KQ-" + code + ".pdf");
        byte[] signed;
        try (InputStream in = files.open(signedFile.sha256())) {
            signed = in.readAllBytes();
        }
        ValidationReport report = validator.validate(signed);
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.modifiedAfterSigning()).isFalse();
        assertThat(report.signatures()).singleElement().satisfies(s -> assertThat(s.signerName())
                .isEqualTo(officerDirectory.find("lanhdao.giaphu").orElseThrow().fullName()));
        // the original bytes are kept: the signature is an incremental update
        assertThat(java.util.Arrays.copyOf(signed, unsigned.length)).isEqualTo(unsigned);
        // nothing can be attached once signed
        officers.become("lanhdao.giaphu");
        assertThatThrownBy(() -> results.attachResult(code, "x.pdf", new java.io.ByteArrayInputStream(unsigned)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("dossier.result.notNow"));
        SecurityContextHolder.clearContext();

        // not before the desk returns it
        mvc.perform(get("/api/v1/public/dossiers/{c}/result", code).param("idNumber", ID_NUMBER))
                .andExpect(status().isNotFound());
        act("motcua.giaphu", WorkflowAction.RETURN_RESULT, code);
        SecurityContextHolder.clearContext();

        byte[] downloaded = mvc.perform(get("/api/v1/public/dossiers/{c}/result", code).param("idNumber", ID_NUMBER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(signed);
        mvc.perform(get("/api/v1/public/dossiers/{c}/result", code).param("idNumber", "001301099999"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public/dossiers/{c}/result", code))
                .andExpect(status().isNotFound());
        String page = mvc.perform(get("/track").param("code", code).param("secret", ID_NUMBER))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"download-result\"", "/api/v1/public/dossiers/" + code + "/result?idNumber=" + ID_NUMBER);
    }

    @Test
    void notAPdfIsRefusedWithAFieldErrorAndOnlyTheCompetentAgencyAttaches() throws Exception {
        String code = atApproval("giaphu", "000.00.31.H37");
        SecurityContextHolder.clearContext();
        String form = "action=\"/workspace/dossiers/" + code + "/result\"";
        assertThat(mvc.perform(get("/workspace/dossiers/{c}", code).with(officers.as("chuyenvien.giaphu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(form, "id=\"result-file\"");
        assertThat(mvc.perform(get("/workspace/dossiers/{c}", code).with(officers.as("motcua.giaphu")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(form);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        mvc.perform(multipart("/api/v1/dossiers/{c}/result", code).header("Accept-Language", "en")
                        .file(new MockMultipartFile("file", "result.pdf", "application/pdf", png))
                        .with(officers.as("chuyenvien.giaphu")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The result document must be a PDF file (checked by content)."));
        mvc.perform(multipart("/workspace/dossiers/{c}/result", code)
                        .file(new MockMultipartFile("file", "result.pdf", "application/pdf", png))
                        .header("Accept-Language", "vi").with(csrf()).with(officers.as("chuyenvien.giaphu")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("resultError", "Văn bản kết quả phải là tệp PDF (kiểm tra theo nội dung tệp)."));
        // the receiving desk does not issue results; an unrelated agency does not even see the dossier
        mvc.perform(multipart("/api/v1/dossiers/{c}/result", code)
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", RealOfficers.scan()))
                        .with(officers.as("motcua.giaphu")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/dossiers/{c}/result", code)
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", RealOfficers.scan()))
                        .with(officers.as("chuyenvien.laocai")))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/dossiers/{c}/result", code)
                        .file(new MockMultipartFile("file", "r.pdf", "application/pdf", RealOfficers.scan()))
                        .with(officers.as("chuyenvien.giaphu")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.componentCode").value("RESULT"));
        officers.become("chuyenvien.giaphu");
        assertThat(queries.find(code).orElseThrow().files()).filteredOn(f -> f.componentCode().equals("RESULT")).hasSize(1);
    }

    @Test
    void signingWithoutAUsableKeyFailsCleanlyAndWritesNothing() throws Exception {
        String code = atApproval("phuonglaocai", "000.00.32.H37");
        officers.become("chuyenvien.phuonglaocai");
        results.attachResult(code, "kq.pdf", new java.io.ByteArrayInputStream(RealOfficers.scan()));
        act("lanhdao.phuonglaocai", WorkflowAction.APPROVE, code);
        officers.become("lanhdao.phuonglaocai");
        DossierDetail before = queries.find(code).orElseThrow();

        assertThatThrownBy(() -> actions.act(code, ActionRequest.of(WorkflowAction.SIGN, null), before.version()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("signing.error.key-unavailable"));

        DossierDetail after = queries.find(code).orElseThrow();
        assertThat(after.status()).isEqualTo(DossierStatus.SIGNING);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.history()).hasSameSizeAs(before.history());
        assertThat(after.files()).isEqualTo(before.files());
        SecurityContextHolder.clearContext();
        mvc.perform(multipart("/workspace/dossiers/{c}/actions", code).param("action", "SIGN")
                        .param("version", String.valueOf(before.version())).header("Accept-Language", "en")
                        .with(csrf()).with(officers.as("lanhdao.phuonglaocai")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("lanhdao.phuonglaocai")));
    }

    /** A counter dossier of the commune, received, assigned and forwarded: waiting at the leader's approval. */
    private String atApproval(String unit, String commune) {
        officers.become("motcua." + unit);
        String code = intake.submit(new SubmissionRequest(PROCEDURE, new Applicant(ApplicantType.CITIZEN, ID_NUMBER,
                null, "Trần Văn Kết", LocalDate.of(2001, 3, 4), "0912000111", null, "Thôn 1"), Channel.COUNTER,
                commune, null, List.of("TK01", "TP02"), null), null).code();
        officers.become("lanhdao." + unit);
        actions.act(code, new ActionRequest(WorkflowAction.ASSIGN, null, "chuyenvien." + unit, List.of(), null), null);
        act("chuyenvien." + unit, WorkflowAction.FORWARD, code);
        return code;
    }

    private void act(String username, WorkflowAction action, String code) {
        officers.become(username);
        actions.act(code, ActionRequest.of(action, null), null);
    }
}
