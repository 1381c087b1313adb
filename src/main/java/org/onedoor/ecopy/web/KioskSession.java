package org.onedoor.ecopy.web;

import java.io.Serializable;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/**
 * What the kiosk's browser session holds: which kiosk it is, and the current request with its secret. The secret
 * never leaves the server side of the session; a new citizen starts a new session ({@link #clear}).
 */
record KioskSession(String kioskId, UUID requestId, String token) implements Serializable {

    private static final String KIOSK = "ecopy.kiosk";
    private static final String REQUEST = "ecopy.request";

    static String kiosk(HttpSession session) {
        return (String) session.getAttribute(KIOSK);
    }

    static void kiosk(HttpSession session, String kioskId) {
        session.setAttribute(KIOSK, kioskId);
    }

    static KioskSession current(HttpSession session) {
        return (KioskSession) session.getAttribute(REQUEST);
    }

    static void start(HttpSession session, String kioskId, UUID id, String token) {
        session.setAttribute(REQUEST, new KioskSession(kioskId, id, token));
    }

    static void clear(HttpSession session) {
        session.removeAttribute(REQUEST);
    }
}
