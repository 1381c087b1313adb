package org.onedoor.workspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.PageTestSupport;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.Receipt;
import org.onedoor.identity.Role;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** "Receive a dossier" from the counter screen: the intake carries the called ticket and links it to the dossier. */
@WithMockUser(username = "desk1", roles = "DESK_OFFICER")
class CounterIntakeTicketIntegrationTest extends PageTestSupport {

    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;

    long line;

    @BeforeEach
    void signedInAtACentreWithALine() {
        given(officers.current()).willReturn(Optional.of(officer("desk1", Role.DESK_OFFICER)));
        jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id)
                        values (:c, 'D', 'Tiếp nhận', 'Intake', 'Penerimaan') on conflict (centre, prefix) do nothing""")
                .param("c", CENTRE).update();
        line = jdbc.sql("select id from queue.queue_line where centre = :c and prefix = 'D'").param("c", CENTRE)
                .query(Long.class).single();
    }

    @Test
    void theTicketTravelsFromTheSearchToTheFormAndIsLinkedToTheReceivedDossier() throws Exception {
        Ticket waiting = queues.issue(CENTRE, line, null);
        jdbc.sql("update queue.ticket set status = 'DONE' where centre = :c and line_id = :l and status = 'WAITING' and id <> :id")
                .param("c", CENTRE).param("l", line).param("id", waiting.id()).update();
        Ticket called = queues.callNext(CENTRE, "9", "desk1", List.of(line)).orElseThrow();
        assertThat(called.id()).isEqualTo(waiting.id());

        given(catalog.search("khai sinh", 20)).willReturn(List.of(birthRegistration()));
        assertThat(page(get("/workspace/intake").param("ticket", String.valueOf(called.id()))))
                .contains("name=\"ticket\" value=\"" + called.id() + "\"", "hx-include=\"#intake-ticket\"");
        assertThat(page(get("/workspace/intake").param("q", "khai sinh").param("ticket", String.valueOf(called.id()))
                .header("HX-Request", "true")))
                .contains("/workspace/intake?procedure=1.001193&amp;ticket=" + called.id());
        assertThat(page(get("/workspace/intake").param("procedure", "1.001193").param("ticket", String.valueOf(called.id()))))
                .contains("name=\"ticket\" value=\"" + called.id() + "\"");

        String code = CENTRE + "-251203-0" + (100 + called.number() % 900);
        given(intake.submit(any(), anyString())).willReturn(new Receipt(code, DossierStatus.RECEIVED, Instant.now(),
                Instant.now().plusSeconds(86400), "t"));
        mvc.perform(multipart("/workspace/intake/1.001193")
                        .param("applicant.type", "CITIZEN").param("applicant.idNumber", "001301012345")
                        .param("applicant.name", "Nguyễn Thị An").param("applicant.birthDate", "2001-05-06")
                        .param("channel", "COUNTER").param("idempotencyKey", "k-ticket").param("outcome", "receipt")
                        .param("components", "TK01").param("ticket", String.valueOf(called.id())).with(csrf()))
                .andExpect(redirectedUrl("/workspace/dossiers/" + code));
        assertThat(queues.ticket(CENTRE, called.id()).orElseThrow().dossierCode()).isEqualTo(code);
    }

    @Test
    void aDossierReceivedWithoutATicketLinksNothing() throws Exception {
        assertThat(page(get("/workspace/intake"))).doesNotContain("name=\"ticket\"");
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
