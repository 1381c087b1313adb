package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.PageTestSupport;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.InboxPage;
import org.onedoor.dossier.InboxQuery;
import org.onedoor.dossier.InboxRow;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

class InboxPageIntegrationTest extends PageTestSupport {

    final Officer desk = officer("desk1", Role.DESK_OFFICER);

    @BeforeEach
    void signedIn() {
        given(officers.current()).willReturn(Optional.of(desk));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/workspace").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection()).andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
    }

    @Test
    @WithMockUser(username = "an", roles = "CITIZEN")
    void citizensWithAnAccountMayNotOpenTheWorkspace() throws Exception {
        mvc.perform(get("/workspace")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "desk1", roles = "DESK_OFFICER")
    void rowsAreColouredByHowCloseTheirDueDateIs() throws Exception {
        given(queries.inbox(eq(desk), any())).willReturn(new InboxPage(List.of(
                row("LATE-0001", hoursFromNow(-2)), row("SOON-0002", hoursFromNow(5)), row("OK-0003", hoursFromNow(24 * 6))),
                0, 20, 3));
        String html = mvc.perform(get("/workspace?lang=en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("class=\"due-late\">\\s*<th scope=\"row\"><a[^>]*>LATE-0001")
                .containsPattern("class=\"due-soon\">\\s*<th scope=\"row\"><a[^>]*>SOON-0002")
                .containsPattern("class=\"due-ok\">\\s*<th scope=\"row\"><a[^>]*>OK-0003")
                .contains("Overdue", "Due soon", "/workspace/dossiers/LATE-0001");
    }

    @Test
    @WithMockUser(username = "desk1", roles = "DESK_OFFICER")
    void htmxGetsOnlyTheTableWithTheFiltersApplied() throws Exception {
        given(queries.inbox(eq(desk), any())).willReturn(new InboxPage(List.of(row("X-0001", hoursFromNow(30))), 1, 20, 41));
        String html = mvc.perform(get("/workspace?status=PROCESSING&step=examine&mine=true&page=1").header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("<html").contains("id=\"inbox-table\"", "X-0001", "aria-live=\"polite\"")
                .contains("page=2").contains("page=0");
        verify(queries).inbox(desk, new InboxQuery(DossierStatus.PROCESSING, "examine", true, 1, 20));
    }

    @Test
    @WithMockUser(username = "desk1", roles = "DESK_OFFICER")
    void anHtmxHistoryRestoreGetsTheWholePage() throws Exception {
        given(queries.inbox(eq(desk), any())).willReturn(new InboxPage(List.of(), 0, 20, 0));
        String html = mvc.perform(get("/workspace").header("HX-Request", "true").header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html", "id=\"inbox-table\"");
    }

    static InboxRow row(String code, Instant dueAt) {
        return new InboxRow(code, "1.001193", "Đăng ký khai sinh", "Nguyễn Thị An", DossierStatus.PROCESSING, "examine",
                "spec1", Instant.now().minusSeconds(86400), dueAt, dueAt, 3);
    }
}
