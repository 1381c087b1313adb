package org.onedoor.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.onedoor.identity.Permission;
import org.onedoor.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their roles and permissions, and the failed-login counters (schema {@code identity}). */
@Repository
public class AccountStore {

    private static final String SELECT = """
            select a.id, a.username, a.password_hash, a.full_name, a.email, a.phone, a.agency_code, a.id_number,
                   a.date_of_birth, a.enabled, a.locked_until, a.failed_attempts,
                   array(select r.role from identity.account_role r where r.account_id = a.id) as roles,
                   array(select p.permission from identity.account_permission p where p.account_id = a.id) as permissions
            from identity.account a""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql(SELECT + " where a.username = :u").param("u", username).query(AccountStore::map).optional();
    }

    public boolean idNumberTaken(String idNumber) {
        return jdbc.sql("select count(*) from identity.account where id_number = :n").param("n", idNumber)
                .query(Integer.class).single() > 0;
    }

    /** Accounts whose user name, name or agency code contains {@code q} (all when blank), by agency then name. */
    public List<Account> search(String q) {
        String like = "%" + (q == null ? "" : q.trim().toLowerCase()) + "%";
        return jdbc.sql(SELECT + " " + """
                 where lower(a.username) like :q or lower(a.full_name) like :q or coalesce(a.agency_code, '') like :q
                 order by a.agency_code nulls last, a.username limit 500""")
                .param("q", like).query(AccountStore::map).list();
    }

    public List<Account> withRole(String agencyCode, Role role) {
        return jdbc.sql(SELECT + " " + """
                 where a.agency_code = :agency and a.enabled
                   and exists (select 1 from identity.account_role r where r.account_id = a.id and r.role = :role)
                 order by a.full_name""")
                .param("agency", agencyCode).param("role", role.name()).query(AccountStore::map).list();
    }

    @Transactional
    public void create(Account account) {
        long id = jdbc.sql("""
                insert into identity.account (username, password_hash, full_name, email, phone, agency_code, id_number,
                                              date_of_birth, enabled)
                values (:username, :hash, :fullName, :email, :phone, :agency, :idNumber, :dob, :enabled) returning id""")
                .param("username", account.username()).param("hash", account.passwordHash())
                .param("fullName", account.fullName()).param("email", account.email()).param("phone", account.phone())
                .param("agency", account.agencyCode()).param("idNumber", account.idNumber())
                .param("dob", account.dateOfBirth()).param("enabled", account.enabled())
                .query(Long.class).single();
        grant(id, account.roles(), account.permissions());
    }

    /** Changes everything but the user name, password and ID number. */
    @Transactional
    public void update(String username, String fullName, String email, String phone, String agencyCode, boolean enabled,
                       Set<Role> roles, Set<Permission> permissions) {
        long id = jdbc.sql("""
                update identity.account set full_name = :fullName, email = :email, phone = :phone, agency_code = :agency,
                       enabled = :enabled where username = :u returning id""")
                .param("fullName", fullName).param("email", email).param("phone", phone).param("agency", agencyCode)
                .param("enabled", enabled).param("u", username).query(Long.class).single();
        jdbc.sql("delete from identity.account_role where account_id = :id").param("id", id).update();
        jdbc.sql("delete from identity.account_permission where account_id = :id").param("id", id).update();
        grant(id, roles, permissions);
    }

    public void setPassword(String username, String passwordHash) {
        jdbc.sql("""
                update identity.account set password_hash = :hash, password_changed_at = now(), failed_attempts = 0,
                       locked_until = null where username = :u""")
                .param("hash", passwordHash).param("u", username).update();
    }

    public void unlock(String username) {
        jdbc.sql("update identity.account set failed_attempts = 0, locked_until = null where username = :u")
                .param("u", username).update();
    }

    /**
     * Counts a failed login; at {@code maxAttempts} failures in a row the account locks until {@code lockUntil}.
     * A lock that has run out starts the count again. Returns the lock time, if the account is now locked.
     */
    public Optional<Instant> recordFailure(String username, int maxAttempts, Instant lockUntil) {
        return jdbc.sql("""
                update identity.account set
                  failed_attempts = case when locked_until <= now() then 1 else failed_attempts + 1 end,
                  locked_until = case
                    when (case when locked_until <= now() then 1 else failed_attempts + 1 end) >= :max then :until
                    when locked_until <= now() then null
                    else locked_until end
                where username = :u
                returning locked_until""")
                .param("max", maxAttempts).param("until", java.sql.Timestamp.from(lockUntil)).param("u", username)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
                .optional().flatMap(x -> x);
    }

    public void recordSuccess(String username) {
        jdbc.sql("""
                update identity.account set failed_attempts = 0, locked_until = null
                where username = :u and (failed_attempts > 0 or locked_until is not null)""")
                .param("u", username).update();
    }

    public long count() {
        return jdbc.sql("select count(*) from identity.account").query(Long.class).single();
    }

    private void grant(long id, Set<Role> roles, Set<Permission> permissions) {
        for (Role role : roles) {
            jdbc.sql("insert into identity.account_role (account_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
        for (Permission permission : permissions) {
            jdbc.sql("insert into identity.account_permission (account_id, permission) values (:id, :p)")
                    .param("id", id).param("p", permission.name()).update();
        }
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getString("username"), rs.getString("password_hash"), rs.getString("full_name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("agency_code"), rs.getString("id_number"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getBoolean("enabled"),
                Optional.ofNullable(rs.getTimestamp("locked_until")).map(java.sql.Timestamp::toInstant).orElse(null),
                rs.getInt("failed_attempts"),
                toSet((String[]) rs.getArray("roles").getArray(), Role.class),
                toSet((String[]) rs.getArray("permissions").getArray(), Permission.class));
    }

    private static <E extends Enum<E>> Set<E> toSet(String[] names, Class<E> type) {
        return names.length == 0 ? EnumSet.noneOf(type)
                : Arrays.stream(names).map(n -> Enum.valueOf(type, n)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    /** An account as stored. {@code lockedUntil} may lie in the past (an expired lock). */
    public record Account(String username, String passwordHash, String fullName, String email, String phone,
                          String agencyCode, String idNumber, LocalDate dateOfBirth, boolean enabled,
                          Instant lockedUntil, int failedAttempts, Set<Role> roles, Set<Permission> permissions) {

        public boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }

        public AccountPrincipal principal() {
            return new AccountPrincipal(username, fullName, agencyCode, Set.copyOf(roles), Set.copyOf(permissions));
        }
    }
}
