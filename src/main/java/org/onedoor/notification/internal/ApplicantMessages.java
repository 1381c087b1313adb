package org.onedoor.notification.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

import org.onedoor.common.VietnamTime;
import org.onedoor.dossier.DossierSnapshot;
import org.onedoor.dossier.DossierStatusChanged;
import org.onedoor.platform.OneDoorProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the e-mail and SMS texts from the {@code notification} bundle in the applicant's language
 * ({@link DossierSnapshot#applicantLocale()}, Vietnamese when unknown): dossier code, procedure, new status,
 * due date (Vietnam time) and the public tracking link.
 */
@Component
class ApplicantMessages {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(VietnamTime.ZONE);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final String publicUrl;

    ApplicantMessages(MessageSource messages, OneDoorProperties properties) {
        this.messages = messages;
        String url = properties.publicUrl();
        this.publicUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    record Message(String subject, String body, String sms) {
    }

    Message compose(DossierStatusChanged event, Notice notice) {
        DossierSnapshot dossier = event.dossier();
        Locale locale = locale(dossier.applicantLocale());
        String status = text(locale, "notification.status." + dossier.status().name());
        String due = dossier.dueAt() == null ? text(locale, "notification.none") : DUE.format(dossier.dueAt());
        String link = trackingUrl(dossier.code());
        String headline = text(locale, "notification.headline." + notice.name());

        StringJoiner body = new StringJoiner("\n");
        body.add(text(locale, "notification.email.greeting", dossier.applicantName())).add("");
        body.add(text(locale, "notification.email.intro." + notice.name(), dossier.procedureName())).add("");
        body.add(text(locale, "notification.email.code", dossier.code()));
        body.add(text(locale, "notification.email.procedure", dossier.procedureName()));
        body.add(text(locale, "notification.email.status", status));
        body.add(text(locale, "notification.email.due", due));
        if (notice.carriesComment() && event.comment() != null && !event.comment().isBlank()) {
            body.add(text(locale, "notification.email.comment", event.comment()));
        }
        body.add("").add(text(locale, "notification.email.track", link)).add("");
        body.add(text(locale, "notification.email.signoff"));

        return new Message(text(locale, "notification.email.subject", dossier.code(), headline), body.toString(),
                text(locale, "notification.sms", dossier.code(), headline, due, link));
    }

    String trackingUrl(String dossierCode) {
        return publicUrl + "/track?code=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static Locale locale(String tag) {
        if (tag == null || tag.isBlank()) {
            return VIETNAMESE;
        }
        Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
        return locale.getLanguage().isEmpty() ? VIETNAMESE : locale;
    }
}
