package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.PageTestSupport;
import org.onedoor.catalog.Channel;
import org.onedoor.common.DomainException;
import org.onedoor.dossier.ActionRequest;
import org.onedoor.dossier.ActionResult;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierDetail;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.HistoryEntry;
import org.onedoor.identity.Role;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "lead1", roles = "LEADER")
class DossierPageIntegrationTest extends PageTestSupport {

    static final String CODE = CENTRE + "-251203-0042";

    @BeforeEach
    void signedIn() {
        given(officers.current()).willReturn(Optional.of(officer("lead1", Role.LEADER)));
        given(officers.withRole(DEPARTMENT, Role.SPECIALIST)).willReturn(List.of(officer("spec1", Role.SPECIALIST)));
    }

    @Test
    void theDetailOffersExactlyTheAllowedActions() throws Exception {
        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of(WorkflowAction.ASSIGN, WorkflowAction.REFUSE, WorkflowAction.EXTEND))));
        String html = page("/workspace/dossiers/" + CODE + "?lang=en");
        assertThat(actionsOffered(html)).containsExactly("ASSIGN", "EXTEND", "REFUSE");
        assertThat(html).contains("Nguyễn Thị An", "Nguyễn Văn spec1", "Department of Justice", "Provincial public service centre",
                "/workspace/dossiers/" + CODE + "/files/abc123", "/workspace/dossiers/" + CODE + "/forms/tracking-sheet.pdf",
                "/workspace/dossiers/" + CODE + "/forms/receipt.pdf", "Received");
        // no supplement request, refusal or extension in the history: those forms are not offered
        assertThat(html).doesNotContain("/forms/supplement-request.pdf", "/forms/refusal.pdf", "/forms/apology.pdf");
    }

    @Test
    void aSupplementRequestShowsItsThreeWorkingDayWindowAndWarnsOnceItHasPassed() throws Exception {
        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of(WorkflowAction.REQUEST_SUPPLEMENT))));
        String recent = page("/workspace/dossiers/" + CODE + "?lang=en");
        assertThat(recent).contains("Supplements may be requested within 3 working days of receipt, until")
                .doesNotContain("supplement-late-");

        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of(WorkflowAction.REQUEST_SUPPLEMENT),
                Instant.now().minusSeconds(20 * 86400))));
        String old = page("/workspace/dossiers/" + CODE + "?lang=en");
        assertThat(old).contains("supplement-late-REQUEST_SUPPLEMENT", "the dossier will count as late")
                .doesNotContain("Supplements may be requested within");
    }

    @Test
    void anUnknownOrInvisibleDossierIsNotFound() throws Exception {
        given(queries.find(anyString())).willReturn(Optional.empty());
        mvc.perform(get("/workspace/dossiers/" + CODE)).andExpect(status().isNotFound());
    }

    @Test
    void anActionCarriesTheVersionTheOfficerSaw() throws Exception {
        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of(WorkflowAction.ASSIGN))));
        given(actions.act(eq(CODE), any(), eq(7))).willReturn(new ActionResult(CODE, DossierStatus.PROCESSING, "examine", null, null, 8));
        mvc.perform(post("/workspace/dossiers/" + CODE + "/actions").with(csrf())
                        .param("action", "ASSIGN").param("version", "7").param("assignee", "spec1"))
                .andExpect(redirectedUrl("/workspace/dossiers/" + CODE));
        verify(actions).act(CODE, new ActionRequest(WorkflowAction.ASSIGN, null, "spec1", List.of(), null), 7);
    }

    @Test
    void aStaleVersionShowsTheConflictMessage() throws Exception {
        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of(WorkflowAction.FORWARD))));
        given(actions.act(eq(CODE), any(), eq(6))).willThrow(new DomainException(DomainException.Kind.CONFLICT, "dossier.conflict"));
        String html = mvc.perform(post("/workspace/dossiers/" + CODE + "/actions?lang=en").with(csrf())
                        .param("action", "FORWARD").param("version", "6"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Someone else changed this dossier in the meantime. Please reload it and try again.");
    }

    @Test
    void aRefusalWithoutReasonsIsNotSent() throws Exception {
        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of(WorkflowAction.REFUSE))));
        String html = mvc.perform(post("/workspace/dossiers/" + CODE + "/actions?lang=en").with(csrf())
                        .param("action", "REFUSE").param("version", "7").param("comment", "  "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Please write the reasons or content.");
        verifyNoInteractions(actions);
    }

    @Test
    void aFileIsServedOnlyWhenTheVisibleDossierListsIt() throws Exception {
        given(queries.find(CODE)).willReturn(Optional.of(detail(List.of())));
        given(fileStore.open("abc123")).willReturn(new ByteArrayInputStream(pdf()));
        mvc.perform(get("/workspace/dossiers/" + CODE + "/files/abc123"))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/workspace/dossiers/" + CODE + "/files/fff999")).andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static TreeSet<String> actionsOffered(String html) {
        TreeSet<String> offered = new TreeSet<>();
        Matcher m = Pattern.compile("data-action=\"([A-Z_]+)\"").matcher(html);
        while (m.find()) {
            offered.add(m.group(1));
        }
        return offered;
    }

    static DossierDetail detail(List<WorkflowAction> allowed) {
        return detail(allowed, Instant.now().minusSeconds(86400));
    }

    static DossierDetail detail(List<WorkflowAction> allowed, Instant received) {
        return new DossierDetail(CODE, 7, "1.001193", 1, "Đăng ký khai sinh", "standard", Channel.ONLINE, CENTRE, DEPARTMENT,
                DossierStatus.RECEIVED, "assign", "Phân công", "Assignment",
                new Applicant(ApplicantType.CITIZEN, "001301012345", null, "Nguyễn Thị An", LocalDate.of(2001, 5, 6), "0912345678",
                        null, "Hà Giang"),
                null, received, hoursFromNow(30), hoursFromNow(4), null, 0, false, List.of("TK01"),
                List.of(new DossierFile("TK01", "tokhai.pdf", "application/pdf", "abc123", 40, received, "citizen")),
                List.of(new HistoryEntry(1, received, "citizen", "SUBMIT", null, null, DossierStatus.NEW, "receive", null),
                        new HistoryEntry(2, received.plusSeconds(60), "desk1", "RECEIVE", "ok", DossierStatus.NEW, DossierStatus.RECEIVED, "assign", hoursFromNow(4))),
                List.of(), allowed);
    }
}
