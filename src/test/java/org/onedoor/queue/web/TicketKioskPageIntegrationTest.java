package org.onedoor.queue.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onedoor.queue.QueueLine;
import org.onedoor.queue.Queues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The waiting room's ticket kiosk: a button per line, priority groups, the printed ticket with its place. */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class TicketKioskPageIntegrationTest {

    static final String HOAN_KIEM = "000.00.31.H24";

    @Autowired MockMvc mvc;
    @Autowired Queues queues;

    @Test
    void anonymousCitizensTakeANumberAndSeeHowManyAreBeforeThem() throws Exception {
        String page = mvc.perform(get("/queue/{c}/kiosk", HOAN_KIEM).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Take a number", "A – Dossier intake", "C – Result collection", "Pregnant");

        QueueLine c = queues.lines(HOAN_KIEM).stream().filter(l -> l.prefix().equals("C")).findFirst().orElseThrow();
        int before = queues.waiting(HOAN_KIEM, c.id());
        String ticket = mvc.perform(post("/queue/{c}/kiosk", HOAN_KIEM).param("lineId", String.valueOf(c.id()))
                        .param("lang", "en").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(ticket).contains("Your number", "id=\"ticket-code\">C", before + " people before you.");
        assertThat(queues.waiting(HOAN_KIEM, c.id())).isEqualTo(before + 1);

        String priority = mvc.perform(post("/queue/{c}/kiosk", HOAN_KIEM).param("lineId", String.valueOf(c.id()))
                        .param("priorityGroup", "ELDERLY").with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(priority).contains("Người cao tuổi", "Số thứ tự của bạn");
    }

    @Test
    void anUnknownCentreHasNoKiosk() throws Exception {
        mvc.perform(get("/queue/{c}/kiosk", "999.99.99.X00")).andExpect(status().isNotFound());
        mvc.perform(post("/queue/{c}/kiosk", HOAN_KIEM).param("lineId", "999999").with(csrf()))
                .andExpect(status().isNotFound());
    }
}
