package org.onedoor.identity.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.onedoor.agency.Agencies;
import org.onedoor.audit.AuditTrail;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.identity.CitizenIdNumber;
import org.onedoor.identity.Permission;
import org.onedoor.identity.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing accounts (administrators) and citizen self-registration; every change is audited. */
@Service
public class AccountAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    static final int MIN_PASSWORD = 8;

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final Agencies agencies;
    private final AuditTrail audit;

    AccountAdministration(AccountStore accounts, PasswordEncoder encoder, Agencies agencies, AuditTrail audit) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.agencies = agencies;
        this.audit = audit;
    }

    public List<AccountStore.Account> search(String q) {
        return accounts.search(q);
    }

    public java.util.Optional<AccountStore.Account> find(String username) {
        return accounts.find(username);
    }

    @Transactional
    public void createOfficer(OfficerForm form, String password) {
        List<FieldViolation> violations = validate(form);
        if (!USERNAME.matcher(nz(form.username())).matches()) {
            violations.add(new FieldViolation("username", "identity.error.username"));
        } else if (accounts.find(form.username()).isPresent()) {
            violations.add(new FieldViolation("username", "identity.error.usernameTaken"));
        }
        checkPassword(password, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        accounts.create(new AccountStore.Account(form.username(), encoder.encode(password), form.fullName().trim(),
                blank(form.email()), blank(form.phone()), blank(form.agencyCode()), null, null, form.enabled(), null, 0,
                roles(form.roles()), permissions(form.permissions())));
        audit.record("account.create", "account", form.username(), "roles=" + form.roles() + " permissions=" + form.permissions());
    }

    @Transactional
    public void updateOfficer(OfficerForm form) {
        AccountStore.Account existing = accounts.find(form.username())
                .orElseThrow(() -> DomainException.notFound("identity.error.notFound", form.username()));
        List<FieldViolation> violations = validate(form);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        accounts.update(existing.username(), form.fullName().trim(), blank(form.email()), blank(form.phone()),
                blank(form.agencyCode()), form.enabled(), roles(form.roles()), permissions(form.permissions()));
        audit.record("account.update", "account", form.username(), "enabled=" + form.enabled() + " agency=" + form.agencyCode()
                + " roles=" + form.roles() + " permissions=" + form.permissions());
    }

    @Transactional
    public void resetPassword(String username, String password) {
        accounts.find(username).orElseThrow(() -> DomainException.notFound("identity.error.notFound", username));
        List<FieldViolation> violations = new ArrayList<>();
        checkPassword(password, violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        accounts.setPassword(username, encoder.encode(password));
        audit.record("account.password.reset", "account", username, null);
    }

    @Transactional
    public void unlock(String username) {
        accounts.unlock(username);
        audit.record("account.unlock", "account", username, null);
    }

    /** A citizen opens an account; the user name is the ID number, which must fit the date of birth. */
    @Transactional
    public void register(Registration form) {
        List<FieldViolation> violations = new ArrayList<>();
        String idNumber = nz(form.idNumber()).replace(" ", "");
        if (!CitizenIdNumber.valid(idNumber)) {
            violations.add(new FieldViolation("idNumber", "identity.error.idNumber"));
        } else if (form.dateOfBirth() != null && !CitizenIdNumber.parse(idNumber).matchesBirthDate(form.dateOfBirth())) {
            violations.add(new FieldViolation("dateOfBirth", "identity.error.idNumberBirth"));
        } else if (accounts.idNumberTaken(idNumber) || accounts.find(idNumber).isPresent()) {
            violations.add(new FieldViolation("idNumber", "identity.error.idNumberTaken"));
        }
        if (form.dateOfBirth() == null || form.dateOfBirth().isAfter(LocalDate.now())) {
            violations.add(new FieldViolation("dateOfBirth", "identity.error.dateOfBirth"));
        }
        if (nz(form.fullName()).isBlank()) {
            violations.add(new FieldViolation("fullName", "identity.error.required"));
        }
        contact(form.email(), form.phone(), violations);
        checkPassword(form.password(), violations);
        if (!nz(form.password()).equals(form.confirmPassword())) {
            violations.add(new FieldViolation("confirmPassword", "identity.error.passwordMismatch"));
        }
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        accounts.create(new AccountStore.Account(idNumber, encoder.encode(form.password()), form.fullName().trim(),
                blank(form.email()), blank(form.phone()), null, idNumber, form.dateOfBirth(), true, null, 0,
                EnumSet.of(Role.CITIZEN), EnumSet.noneOf(Permission.class)));
        audit.recordAs(idNumber, null, "account.register", "account", idNumber, null);
    }

    private List<FieldViolation> validate(OfficerForm form) {
        List<FieldViolation> violations = new ArrayList<>();
        if (nz(form.fullName()).isBlank()) {
            violations.add(new FieldViolation("fullName", "identity.error.required"));
        }
        if (form.roles() == null || form.roles().isEmpty()) {
            violations.add(new FieldViolation("roles", "identity.error.roles"));
        } else if (form.roles().contains(Role.CITIZEN) && form.roles().size() > 1) {
            violations.add(new FieldViolation("roles", "identity.error.citizenRole"));
        }
        boolean citizen = form.roles() != null && form.roles().equals(Set.of(Role.CITIZEN));
        if (!nz(form.agencyCode()).isBlank() && agencies.find(form.agencyCode().trim()).filter(a -> a.active()).isEmpty()) {
            violations.add(new FieldViolation("agencyCode", "identity.error.agency"));
        }
        if (nz(form.agencyCode()).isBlank() && !citizen && (form.roles() == null || !form.roles().contains(Role.ADMIN))) {
            violations.add(new FieldViolation("agencyCode", "identity.error.agency"));
        }
        contact(form.email(), form.phone(), violations);
        return violations;
    }

    private static void contact(String email, String phone, List<FieldViolation> violations) {
        if (!nz(email).isBlank() && !EMAIL.matcher(email.trim()).matches()) {
            violations.add(new FieldViolation("email", "identity.error.email"));
        }
        if (!nz(phone).isBlank() && !PHONE.matcher(phone.trim()).matches()) {
            violations.add(new FieldViolation("phone", "identity.error.phone"));
        }
    }

    /** At least 8 characters with a letter and a digit (NIST SP 800-63B favours length over composition rules). */
    static void checkPassword(String password, List<FieldViolation> violations) {
        String p = nz(password);
        if (p.length() < MIN_PASSWORD || p.chars().noneMatch(Character::isLetter) || p.chars().noneMatch(Character::isDigit)) {
            violations.add(new FieldViolation("password", "identity.error.password", MIN_PASSWORD));
        }
    }

    private static Set<Role> roles(Set<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Set<Permission> permissions(Set<Permission> permissions) {
        return permissions == null || permissions.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(permissions);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What the officer account form posts. */
    public record OfficerForm(String username, String fullName, String email, String phone, String agencyCode,
                              boolean enabled, Set<Role> roles, Set<Permission> permissions) {
    }

    /** What the citizen registration form posts. */
    public record Registration(String idNumber, String fullName,
                               @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate dateOfBirth,
                               String email, String phone, String password, String confirmPassword) {
    }
}
