package org.onedoor.portal.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.onedoor.agency.Agency;
import org.onedoor.catalog.DossierComponent;
import org.onedoor.catalog.Procedure;
import org.onedoor.common.VietnamTime;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Small formatting helpers for the portal templates ({@code ${@portalView.time(x)}}): times in Vietnam time,
 * names in the reader's language (Vietnamese name unless an English one exists and the page is not Vietnamese).
 */
@Component("portalView")
public class PortalView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnamTime.ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String name(Procedure p) {
        return localised(p.name(), p.nameEn());
    }

    public String name(DossierComponent c) {
        return localised(c.name(), c.nameEn());
    }

    public String name(Agency a) {
        return localised(a.name(), a.nameEn());
    }

    public String name(String vietnamese, String english) {
        return localised(vietnamese, english);
    }

    /** The id of the input a field path belongs to, for the links of the error summary. */
    public String fieldId(String field) {
        if (field.startsWith("files[")) {
            return "file-" + field.substring("files[".length(), field.length() - 1);
        }
        return field;
    }

    static String localised(String vietnamese, String english) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean vi = "vi".equals(locale.getLanguage());
        return !vi && english != null && !english.isBlank() ? english : vietnamese;
    }
}
