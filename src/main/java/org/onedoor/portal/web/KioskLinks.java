package org.onedoor.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The look-up kiosk's links, carrying the centre it stands in ({@code ?centre=…}) when it has one and nothing
 * otherwise (a Thymeleaf link parameter with a null value would still print {@code centre=}). Templates wrap them in
 * {@code @{${links.home()}}} for the context path.
 *
 * @param centre a centre code already checked by {@link ProcedureKioskController#centre}, or null
 */
public record KioskLinks(String centre) {

    public String home() {
        return "/kiosk/procedures" + query('?');
    }

    public String status() {
        return "/kiosk/procedures/status" + query('?');
    }

    public String procedure(String code) {
        return "/kiosk/procedures/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + query('?');
    }

    public String checklist(String code) {
        return "/kiosk/procedures/" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "/checklist" + query('?');
    }

    /** The current page in another language. */
    public String language(String language) {
        return "?lang=" + language + query('&');
    }

    private String query(char separator) {
        return centre == null ? "" : separator + "centre=" + URLEncoder.encode(centre, StandardCharsets.UTF_8);
    }
}
