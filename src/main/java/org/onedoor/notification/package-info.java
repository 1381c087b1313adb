/**
 * Notifications to applicants by e-mail (SMTP) and SMS (gateway interface) on the status changes they care
 * about. Event-driven from the outbox: sending never blocks or rolls back the transition that caused it.
 * Other modules send their own messages to citizens (a copy's link, a queue ticket's alerts) through
 * {@link org.onedoor.notification.CitizenMessenger}: stored in the outbox with the caller's transaction, sent after
 * commit, retried after an outage (decision 0424).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.onedoor.notification;
