package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.PageTestSupport;
import org.onedoor.common.DomainException;
import org.onedoor.dossier.ConsultationBranch;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.HistoryEntry;
import org.onedoor.dossier.InboxPage;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Role;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.RequestBuilder;

/** Every workspace page and state renders in vi, en and id without a missing key ("??"). */
@WithMockUser(username = "desk1", roles = {"DESK_OFFICER", "LEADER"})
class WorkspacePagesI18nIntegrationTest extends PageTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en", "id"})
    void everyWorkspacePageHasAllItsStrings(String lang) throws Exception {
        Officer desk = officer("desk1", Role.DESK_OFFICER, Role.LEADER);
        given(officers.current()).willReturn(Optional.of(desk));
        given(officers.withRole(DEPARTMENT, Role.SPECIALIST)).willReturn(List.of(officer("spec1", Role.SPECIALIST)));
        given(queries.inbox(eq(desk), any())).willReturn(new InboxPage(Arrays.stream(DossierStatus.values())
                .map(s -> new org.onedoor.dossier.InboxRow("C-" + s, "1.001193", "p", "a", s, "step", null, Instant.now(),
                        hoursFromNow(-1), null, 1)).toList(), 0, 20, 45));
        DossierDetail base = DossierPageIntegrationTest.detail(List.of());
        List<WorkflowAction> all = Arrays.stream(WorkflowAction.values()).toList();
        List<HistoryEntry> history = all.stream().map(a -> new HistoryEntry(1, Instant.now(), "x", a.name(), "c",
                DossierStatus.NEW, DossierStatus.PROCESSING, "s", Instant.now())).toList();
        DossierDetail full = new DossierDetail(base.code(), base.version(), base.procedureCode(), 1, base.procedureName(), "w",
                base.channel(), CENTRE, DEPARTMENT, DossierStatus.CONSULTING, "s", "Bước", "Step", base.applicant(), "spec1",
                base.receivedAt(), base.dueAt(), base.stepDueAt(), Instant.now(), 1, true, base.declaredComponents(), base.files(),
                history, List.of(new ConsultationBranch(PROVINCE, Instant.now(), hoursFromNow(5), null, null),
                        new ConsultationBranch(CENTRE, Instant.now(), hoursFromNow(5), Instant.now(), "ok")), all);
        given(queries.find(base.code())).willReturn(Optional.of(full));
        given(actions.act(any(), any(), eq(1))).willThrow(new DomainException(DomainException.Kind.CONFLICT, "x"));
        given(catalog.search("khai", 20)).willReturn(List.of(birthRegistration()));
        String dossier = "/workspace/dossiers/" + base.code();

        assertComplete(get("/workspace").param("lang", lang));
        assertComplete(get(dossier).param("lang", lang));
        assertComplete(post(dossier + "/actions").with(csrf()).param("action", "FORWARD").param("version", "1").param("lang", lang));
        assertComplete(post(dossier + "/actions").with(csrf()).param("action", "EXTEND").param("version", "2").param("lang", lang));
        assertComplete(get(dossier).flashAttr("done", WorkflowAction.ASSIGN).flashAttr("received", "receipt")
                .flashAttr("failedUploads", List.of("a.pdf")).param("lang", lang));
        assertComplete(get(dossier).flashAttr("received", "supplementFailed").param("lang", lang));
        assertComplete(get("/workspace/intake").param("q", "khai").param("lang", lang));
        assertComplete(get("/workspace/intake").param("q", "nothing").param("lang", lang));
        assertComplete(get("/workspace/intake").param("procedure", "1.001193").param("lang", lang));
        assertComplete(multipart("/workspace/intake/1.001193").param("applicant.type", "CITIZEN").param("applicant.idNumber", "1")
                .param("channel", "KIOSK").param("lang", lang).with(csrf()));
        assertComplete(multipart("/workspace/intake/1.001193").param("applicant.type", "BUSINESS").param("applicant.businessCode", "0101234567")
                .param("applicant.name", "Công ty A").param("channel", "POSTAL").param("lang", lang).with(csrf()));
    }

    private void assertComplete(RequestBuilder request) throws Exception {
        org.springframework.mock.web.MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status").isLessThan(500);
        assertThat(response.getContentAsString()).isNotBlank().doesNotContain("??").doesNotContain("error.page");
    }
}
