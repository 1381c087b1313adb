package org.onedoor.identity.internal;

import java.util.Optional;

import org.onedoor.identity.Citizen;
import org.onedoor.identity.Citizens;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Reads the signed-in citizen's identity data from their account. */
@Service
class JdbcCitizens implements Citizens {

    private final JdbcClient jdbc;

    JdbcCitizens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Citizen> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal principal) || !principal.citizen()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select username, full_name, id_number, date_of_birth from identity.account
                         where username = :username and enabled and id_number is not null""")
                .param("username", principal.username())
                .query((rs, i) -> new Citizen(rs.getString("username"), rs.getString("full_name"),
                        rs.getString("id_number"), rs.getObject("date_of_birth", java.time.LocalDate.class)))
                .optional();
    }
}
