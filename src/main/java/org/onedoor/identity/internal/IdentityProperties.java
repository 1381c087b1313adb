package org.onedoor.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code onedoor.identity.*}).
 *
 * @param maxFailedAttempts    failed logins in a row after which an account is locked (default 5)
 * @param lockDuration         how long such a lock lasts (default 15 minutes)
 * @param maxFailuresPerIp     failed logins from one client address within {@code ipWindow} after which that
 *                             address is refused for the rest of the window (default 30: a centre's officers often
 *                             share one address)
 * @param ipWindow             the per-address counting window (default 15 minutes)
 * @param bcryptStrength       bcrypt cost factor for new password hashes (default 12, about 0.25 s per hash)
 * @param basicCredentialsTtl  how long a verified HTTP Basic credential is remembered, so API calls do not pay
 *                             the bcrypt cost every time (default 5 minutes; 0 switches the cache off)
 */
@ConfigurationProperties("onedoor.identity")
record IdentityProperties(@DefaultValue("5") int maxFailedAttempts,
                          @DefaultValue("15m") Duration lockDuration,
                          @DefaultValue("30") int maxFailuresPerIp,
                          @DefaultValue("15m") Duration ipWindow,
                          @DefaultValue("12") int bcryptStrength,
                          @DefaultValue("5m") Duration basicCredentialsTtl) {
}
