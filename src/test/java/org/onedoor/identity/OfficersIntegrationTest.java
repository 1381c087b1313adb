package org.onedoor.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.internal.AccountPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OfficersIntegrationTest {

    @Autowired
    Officers officers;

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void findsDemoOfficersWithTheirRolesAndPermissions() {
        Officer desk = officers.find("motcua.laocai").orElseThrow();
        assertThat(desk.agencyCode()).isEqualTo("000.00.20.H37");
        assertThat(desk.has(Role.DESK_OFFICER)).isTrue();
        assertThat(desk.has(Permission.POPULATION_LOOKUP)).isTrue();
        assertThat(officers.find("lanhdao.giaphu").orElseThrow().roles()).containsExactlyInAnyOrder(Role.LEADER, Role.SIGNER);
        assertThat(officers.find("congdan")).as("citizens are not officers").isEmpty();
    }

    @Test
    void listsTheOfficersOfAnAgencyHoldingARole() {
        assertThat(officers.withRole("000.00.31.H37", Role.SPECIALIST)).extracting(Officer::username)
                .containsExactly("chuyenvien.giaphu");
        assertThat(officers.withRole("000.00.31.H37", Role.ADMIN)).isEmpty();
    }

    @Test
    void currentIsTheSignedInOfficerAndEmptyForCitizens() {
        assertThat(officers.current()).isEmpty();
        var officer = new AccountPrincipal("chuyenvien.giaphu", "Chuyên viên", "000.00.31.H37", Set.of(Role.SPECIALIST), Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(officer, null, officer.authorities()));
        assertThat(officers.current()).get().extracting(Officer::agencyCode).isEqualTo("000.00.31.H37");

        var citizen = new AccountPrincipal("congdan", "Công dân", null, Set.of(Role.CITIZEN), Set.of());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(citizen, null, citizen.authorities()));
        assertThat(officers.current()).isEmpty();
    }
}
