package org.onedoor;

import java.io.IOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server for tests (GreenMail on 127.0.0.1, a free port) and the mail settings that point at it. */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** SMTP on a free port of 127.0.0.1 (not started). */
    public static ServerSetup setup() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GreenMail start(ServerSetup setup) {
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    /** Spring Mail pointed at the server, with short time-outs so that a stopped server fails fast. */
    public static void mailProperties(DynamicPropertyRegistry registry, ServerSetup setup) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", setup::getPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "2000");
    }
}
