/**
 * Identity: officer and citizen accounts, roles, fine-grained permissions (population-data look-up …),
 * authentication (form login for pages, HTTP Basic for the API), login throttling and the security rules.
 * API: {@link org.onedoor.identity.Officers}, {@link org.onedoor.identity.Officer}, {@link org.onedoor.identity.Role},
 * {@link org.onedoor.identity.Permission}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package org.onedoor.identity;
