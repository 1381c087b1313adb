package org.onedoor.notification.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the applicant notifications ({@code onedoor.notification.*}).
 *
 * @param from           sender of the e-mails ({@code From:} header)
 * @param resubmitAfter  a notification whose sending failed (SMTP or SMS gateway down) is retried when its event
 *                       publication is at least this old; keep it above the longest normal send time so a
 *                       notification still in flight is not sent twice
 * @param resubmitEvery  how often the retry job looks for failed notifications
 * @param resubmitMessagesAfter a citizen message ({@link org.onedoor.notification.CitizenMessenger}) whose sending
 *                              failed is tried again once it is this old, by a job that runs every
 *                              {@code onedoor.notification.resubmit-messages-every} (default 1 minute)
 */
@ConfigurationProperties("onedoor.notification")
record NotificationProperties(
        @DefaultValue("OneDoor <no-reply@onedoor.local>") String from,
        @DefaultValue("5m") Duration resubmitAfter,
        @DefaultValue("1m") Duration resubmitEvery,
        @DefaultValue("1m") Duration resubmitMessagesAfter) {
}
