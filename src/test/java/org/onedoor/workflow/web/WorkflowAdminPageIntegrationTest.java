package org.onedoor.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The read-only workflow administration page on the real workflow registry and demo catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkflowAdminPageIntegrationTest {

    @Autowired MockMvc mvc;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void listsEveryLoadedWorkflowWithItsStepsActionsAndTheProceduresUsingIt() throws Exception {
        String html = mvc.perform(get("/admin/workflows")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"wf-standard-1\"", "id=\"wf-same-day-1\"", "id=\"wf-simple-1\"", "id=\"wf-consultation-1\"");
        String standard = section(html, "wf-standard-1");
        assertThat(standard).contains("Lãnh đạo phân công xử lý", "Cán bộ một cửa", "8 giờ làm việc", "60% thời hạn giải quyết",
                "Yêu cầu bổ sung", "intake-supplement", "(SUPPLEMENT_REQUESTED)", "1.004222", "Đăng ký thường trú");
        assertThat(standard).doesNotContain("1.001193"); // a same-day procedure
        assertThat(section(html, "wf-consultation-1")).contains("Lấy ý kiến: mỗi cơ quan");
        assertThat(mvc.perform(get("/admin/workflows?lang=en")).andReturn().getResponse().getContentAsString())
                .contains("Assignment of a handling officer", "Procedures using this workflow");
    }

    @Test
    @WithMockUser(username = "motcua.giaphu", roles = "DESK_OFFICER")
    void isForAdministratorsOnly() throws Exception {
        mvc.perform(get("/admin/workflows")).andExpect(status().isForbidden());
    }

    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        int end = html.indexOf("</section>", start);
        return html.substring(start, end);
    }
}
