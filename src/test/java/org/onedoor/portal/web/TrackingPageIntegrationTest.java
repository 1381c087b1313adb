package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.onedoor.PageTestSupport;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.PublicTracking;

class TrackingPageIntegrationTest extends PageTestSupport {

    static final String CODE = CENTRE + "-251203-0042";

    @Test
    void aMatchingSecretShowsTheTimelineInWords() throws Exception {
        given(queries.trackPublic(CODE, "0912345678")).willReturn(Optional.of(tracking()));
        String html = page("/track?lang=en&code=" + CODE + "&secret=0912345678");
        assertThat(html).contains("Nguyễn Thị An", "Processing", "(status code 4)", "Submitted", "Received",
                "Assigned to a handler", "Overdue");
    }

    @Test
    void anUnknownCodeAndAWrongSecretGetTheSameAnswer() throws Exception {
        given(queries.trackPublic(anyString(), anyString())).willReturn(Optional.empty());
        String wrongSecret = page("/track?lang=en&code=" + CODE + "&secret=000000000000");
        String unknownCode = page("/track?lang=en&code=" + CENTRE + "-251203-9999&secret=0912345678");
        assertThat(wrongSecret).contains("No dossier matches this code and confirmation.");
        assertThat(result(wrongSecret)).isEqualTo(result(unknownCode));
    }

    @Test
    void theLinkOfTheReceiptQrCodeAsksForTheSecret() throws Exception {
        String html = page("/track?lang=en&code=" + CODE);
        assertThat(html).contains("value=\"" + CODE + "\"", "name=\"secret\"").doesNotContain("No dossier matches");
    }

    @Test
    void repeatedFailuresFromOneAddressAreRefusedWithoutALookUp() throws Exception {
        given(queries.trackPublic(anyString(), anyString())).willReturn(Optional.empty());
        for (int i = 0; i < TrackingThrottle.MAX_FAILURES; i++) {
            mvc.perform(get("/track?code=" + CODE + "&secret=09000000" + i).with(from("10.9.9.9"))).andExpect(status().isOk());
        }
        org.mockito.Mockito.clearInvocations(queries);
        String html = mvc.perform(get("/track?lang=en&code=" + CODE + "&secret=0912345678").with(from("10.9.9.9")))
                .andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Too many unsuccessful attempts.");
        org.mockito.Mockito.verifyNoInteractions(queries);
        mvc.perform(get("/track?code=" + CODE + "&secret=0912345678").with(from("10.9.9.10"))).andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The part of the page after the form: what an attacker learns. */
    private static String result(String html) {
        return html.substring(html.indexOf("aria-live=\"polite\""), html.indexOf("</main>"));
    }

    private static PublicTracking tracking() {
        Instant received = Instant.now().minusSeconds(10 * 24 * 3600);
        return new PublicTracking(CODE, "1.001193", "Đăng ký khai sinh", "Nguyễn Thị An", DossierStatus.PROCESSING,
                received, Instant.now().minusSeconds(3600), null,
                List.of(new PublicTracking.Event(received, "SUBMIT", DossierStatus.NEW),
                        new PublicTracking.Event(received.plusSeconds(600), "RECEIVE", DossierStatus.RECEIVED),
                        new PublicTracking.Event(received.plusSeconds(1200), "ASSIGN", DossierStatus.PROCESSING)));
    }
}
