package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onedoor.PageTestSupport;
import org.onedoor.catalog.Channel;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Role;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

@WithMockUser(username = "desk1", roles = "DESK_OFFICER")
class CounterIntakePageIntegrationTest extends PageTestSupport {

    static final String CODE = CENTRE + "-251203-0043";

    @BeforeEach
    void signedIn() {
        given(officers.current()).willReturn(Optional.of(officer("desk1", Role.DESK_OFFICER)));
    }

    @Test
    void theProcedureSearchAnswersHtmxWithTheResultListOnly() throws Exception {
        given(catalog.search("khai sinh", 20)).willReturn(List.of(birthRegistration()));
        String html = mvc.perform(get("/workspace/intake?q=khai sinh").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").contains("Đăng ký khai sinh", "/workspace/intake?procedure=1.001193");
    }

    @Test
    void aMissingMandatoryPaperGivesNoReceiptButOffersASupplementRequest() throws Exception {
        String html = mvc.perform(intake("receipt").param("lang", "en"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("The dossier is incomplete", "Birth registration form", "value=\"supplement\"");
        verifyNoInteractions(intake);
    }

    @Test
    void theSupplementRequestRegistersTheDossierAndAsksForTheMissingPaper() throws Exception {
        given(intake.submit(any(), anyString())).willReturn(receipt());
        mvc.perform(intake("supplement")).andExpect(redirectedUrl("/workspace/dossiers/" + CODE));
        ArgumentCaptor<ActionRequest> request = ArgumentCaptor.forClass(ActionRequest.class);
        verify(actions).act(eq(CODE), request.capture(), isNull());
        assertThat(request.getValue().action()).isEqualTo(WorkflowAction.REQUEST_SUPPLEMENT);
        assertThat(request.getValue().comment()).contains("Tờ khai đăng ký khai sinh");
    }

    @Test
    void aCompleteDossierIsReceivedAtTheOfficersCentreWithItsScans() throws Exception {
        given(intake.submit(any(), anyString())).willReturn(receipt());
        MockMultipartHttpServletRequestBuilder request = intake("receipt");
        request.file(new MockMultipartFile("file_TK01", "scan.pdf", "application/pdf", pdf()));
        request.param("components", "TK01");
        mvc.perform(request).andExpect(redirectedUrl("/workspace/dossiers/" + CODE));
        ArgumentCaptor<SubmissionRequest> submitted = ArgumentCaptor.forClass(SubmissionRequest.class);
        verify(intake).submit(submitted.capture(), anyString());
        assertThat(submitted.getValue().channel()).isEqualTo(Channel.COUNTER);
        assertThat(submitted.getValue().receivingAgencyCode()).isEqualTo(CENTRE);
        assertThat(submitted.getValue().components()).containsExactly("TK01");
        verify(intake).attach(eq(CODE), eq("TK01"), eq("scan.pdf"), any(InputStream.class), isNull());
        verifyNoInteractions(actions);
    }

    @Test
    @WithMockUser(username = "spec1", roles = "SPECIALIST")
    void onlyTheDeskTakesDossiersIn() throws Exception {
        mvc.perform(get("/workspace/intake")).andExpect(status().isForbidden());
        mvc.perform(intake("receipt")).andExpect(status().isForbidden());
        verifyNoInteractions(intake);
    }

    @Test
    void theRefusalAtIntakeNeedsReasonsAndRefusesTheRegisteredDossier() throws Exception {
        String html = mvc.perform(intake("refuse").param("lang", "en")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Please give the reasons for the refusal.", "value=\"refuse\"");
        verifyNoInteractions(intake);

        given(intake.submit(any(), anyString())).willReturn(receipt());
        mvc.perform(intake("refuse").param("refusalReasons", "Không thuộc thẩm quyền của xã"))
                .andExpect(redirectedUrl("/workspace/dossiers/" + CODE));
        ArgumentCaptor<ActionRequest> request = ArgumentCaptor.forClass(ActionRequest.class);
        verify(actions).act(eq(CODE), request.capture(), isNull());
        assertThat(request.getValue()).isEqualTo(ActionRequest.of(WorkflowAction.REFUSE_AT_INTAKE, "Không thuộc thẩm quyền của xã"));
    }

    private static MockMultipartHttpServletRequestBuilder intake(String outcome) {
        MockMultipartHttpServletRequestBuilder request = multipart("/workspace/intake/1.001193");
        request.param("applicant.type", "CITIZEN").param("applicant.idNumber", "001301012345")
                .param("applicant.name", "Nguyễn Thị An").param("applicant.birthDate", "2001-05-06")
                .param("channel", "COUNTER").param("idempotencyKey", "k-1").param("outcome", outcome).with(csrf());
        return request;
    }

    private static Receipt receipt() {
        return new Receipt(CODE, DossierStatus.RECEIVED, Instant.now(), Instant.now().plusSeconds(86400), "t");
    }
}
