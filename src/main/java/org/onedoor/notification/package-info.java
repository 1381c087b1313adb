/**
 * Notifications to applicants by e-mail (SMTP) and SMS (gateway interface) on the status changes they care
 * about. Event-driven from the outbox: sending never blocks or rolls back the transition that caused it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.onedoor.notification;
