package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.catalog.Channel;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.identity.Role;
import org.onedoor.identity.internal.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** A citizen account lists the dossiers submitted under its ID number, and nobody else's. */
@SpringBootTest
@ActiveProfiles("test")
class MyDossiersIntegrationTest {

    /** The demo citizen account {@code congdan}: ID 001090012345, born 12/05/1990. */
    static final AccountPrincipal CONGDAN = new AccountPrincipal("congdan", "Nguyễn Văn Công", null,
            Set.of(Role.CITIZEN), Set.of());

    @Autowired WebApplicationContext context;
    @Autowired DossierIntake intake;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aCitizenSeesTheirOwnDossiersOnly() throws Exception {
        String mine = submit("001090012345", LocalDate.of(1990, 5, 12), "Nguyễn Văn Công");
        String theirs = submit("010195004321", LocalDate.of(1995, 3, 12), "Lò Thị Hằng");

        String page = mvc.perform(get("/my/dossiers").with(authentication(new UsernamePasswordAuthenticationToken(
                        CONGDAN, null, CONGDAN.authorities()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(mine).doesNotContain(theirs).contains("Mới đăng ký").doesNotContain("??");
    }

    @Test
    void officersAndAnonymousVisitorsHaveNoCitizenPage() throws Exception {
        AccountPrincipal desk = new AccountPrincipal("motcua.giaphu", "Cán bộ", "000.00.31.H37",
                Set.of(Role.DESK_OFFICER), Set.of());
        mvc.perform(get("/my/dossiers").with(authentication(new UsernamePasswordAuthenticationToken(
                desk, null, desk.authorities())))).andExpect(status().isForbidden());
        mvc.perform(get("/my/dossiers")).andExpect(status().is3xxRedirection());
    }

    private String submit(String idNumber, LocalDate born, String name) {
        return intake.submit(new SubmissionRequest("1.004194", new Applicant(ApplicantType.CITIZEN, idNumber, null,
                name, born, "0912345678", null, null), Channel.ONLINE, "000.00.31.H37", null, List.of(), "vi"), null).code();
    }
}
