package org.onedoor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A body above the transport ceiling (60 MB) is refused from its declared length before anything reads it:
 * problem details for the API, the localised error page for pages. Raw sockets, because HTTP clients refuse to
 * announce a length they do not send.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
@ActiveProfiles("test")
class RequestSizeLimitIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theApiAnswersProblemDetailsInTheCallersLanguage() throws Exception {
        String response = announce("/api/v1/dossiers", "application/json", "en");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("Content-Type: application/problem+json");
        assertThat(response).contains("\"status\":413", "\"detail\":\"The request exceeds the system limit of 60 MB.\"",
                "\"instance\":\"/api/v1/dossiers\"", "error.request.tooLarge");
    }

    @Test
    void theApiDefaultsToVietnamese() throws Exception {
        assertThat(announce("/api/v1/dossiers", "application/json", null))
                .contains("Yêu cầu vượt quá 60 MB, giới hạn của hệ thống.");
    }

    @Test
    void aPageGetsTheErrorPageNotJson() throws Exception {
        String response = announce("/submit/1.004194", "multipart/form-data; boundary=x", "en");

        assertThat(response).startsWith("HTTP/1.1 413");
        assertThat(response).contains("text/html", "The uploaded file is larger than allowed.",
                "Go back and choose a smaller file").doesNotContain("application/problem+json");
    }

    /** Sends only the headers of a 70 MB request and returns the whole response. */
    private String announce(String path, String contentType, String language) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html,application/json;q=0.9\r\nContent-Type: " + contentType + "\r\n"
                    + (language == null ? "" : "Accept-Language: " + language + "\r\n")
                    + "Content-Length: 70000000\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // the server answers at once but may keep the connection to swallow the announced body: read until
            // it has been quiet for a second after answering
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    response.write(buffer, 0, n);
                    socket.setSoTimeout(1_000);
                }
            } catch (SocketTimeoutException quiet) {
                assertThat(response.size()).as("no answer within 10 s").isPositive();
            }
            return response.toString(StandardCharsets.UTF_8);
        }
    }
}
