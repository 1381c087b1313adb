package org.onedoor.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.onedoor.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password against the account table, with login throttling: the account locks after
 * {@code maxFailedAttempts} failures in a row, and a client address is refused after too many failures. Every
 * outcome is written to the audit trail ({@code login.success}, {@code login.failure}, {@code login.locked},
 * {@code login.throttled}).
 * <p>
 * The API instance remembers verified HTTP Basic credentials for a short time (keyed by a salted SHA-256, tied to
 * the current password hash), because a stateless API would otherwise pay the bcrypt cost on every call; such
 * remembered calls are not audited as logins again. Concurrent first calls with the same credentials (an
 * integration opening sixteen connections at once) verify them once: the others wait for that result instead of
 * each paying the bcrypt cost (measured: 64 parallel bcrypt checks stalled both cores for seconds).
 */
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final ClientAddressThrottle throttle;
    private final IdentityProperties properties;
    private final Clock clock;
    private final Duration credentialsTtl;
    private volatile String timingDummy;
    private final byte[] salt = new byte[16];
    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Object> verifying = new ConcurrentHashMap<>();

    AccountAuthenticationProvider(AccountStore accounts, PasswordEncoder encoder, AuditTrail audit,
                                  ClientAddressThrottle throttle, IdentityProperties properties, Clock clock,
                                  Duration credentialsTtl) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.throttle = throttle;
        this.properties = properties;
        this.clock = clock;
        this.credentialsTtl = credentialsTtl;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().trim().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        if (throttle.blocked(address)) {
            audit.recordAs(username, null, "login.throttled", "account", username, "client " + address);
            throw new LoginThrottledException();
        }
        Optional<AccountStore.Account> found = accounts.find(username);
        Instant now = clock.instant();
        if (found.isEmpty()) {
            if (timingDummy == null) {
                timingDummy = encoder.encode("timing-equaliser");
            }
            encoder.matches(password, timingDummy); // same work as for a real account: no user-name probing by timing
            fail(username, null, address, "unknown account");
        }
        AccountStore.Account account = found.get();
        if (account.lockedAt(now)) {
            audit.recordAs(username, account.agencyCode(), "login.locked", "account", username, "locked until " + account.lockedUntil());
            throw new LockedException("locked");
        }
        if (!account.enabled()) {
            fail(username, account.agencyCode(), address, "disabled");
        }
        String cacheKey = credentialsTtl.isZero() ? null : username + ':' + digest(password);
        if (cacheKey == null) {
            verify(username, password, account, address, now);
        } else if (!remembered(cacheKey, account, now)) {
            if (verifying.size() > 10_000) {
                verifying.clear();
            }
            synchronized (verifying.computeIfAbsent(cacheKey, key -> new Object())) {
                if (!remembered(cacheKey, account, now)) {
                    verify(username, password, account, address, now);
                    if (verified.size() > 10_000) {
                        verified.clear();
                    }
                    verified.put(cacheKey, new Verified(account.passwordHash(), now.plus(credentialsTtl)));
                }
            }
        }
        AccountPrincipal principal = account.principal();
        var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    private boolean remembered(String cacheKey, AccountStore.Account account, Instant now) {
        Verified remembered = verified.get(cacheKey);
        return remembered != null && remembered.until().isAfter(now)
                && remembered.passwordHash().equals(account.passwordHash());
    }

    /** Checks the password (bcrypt); on failure counts it, may lock the account, audits, and throws. */
    private void verify(String username, String password, AccountStore.Account account, String address, Instant now) {
        if (!encoder.matches(password, account.passwordHash())) {
            Optional<Instant> lockedUntil = accounts.recordFailure(username, properties.maxFailedAttempts(),
                    now.plus(properties.lockDuration()));
            if (lockedUntil.isPresent() && lockedUntil.get().isAfter(now)) {
                throttle.failed(address);
                audit.recordAs(username, account.agencyCode(), "login.locked", "account", username,
                        "locked until " + lockedUntil.get() + " after failed attempts");
                throw new LockedException("locked");
            }
            fail(username, account.agencyCode(), address, "bad password");
        }
        accounts.recordSuccess(username);
        audit.recordAs(username, account.agencyCode(), "login.success", "account", username, null);
    }

    private void fail(String username, String agency, String address, String why) {
        throttle.failed(address);
        audit.recordAs(username, agency, "login.failure", "account", username, why);
        throw new BadCredentialsException("bad credentials");
    }

    private String digest(String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return HexFormat.of().formatHex(sha.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Verified(String passwordHash, Instant until) {
    }

    /** Too many failed logins from the caller's address. */
    static class LoginThrottledException extends AuthenticationException {
        LoginThrottledException() {
            super("too many failed logins from this address");
        }
    }
}
