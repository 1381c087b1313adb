package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.onedoor.PageTestSupport;
import org.onedoor.common.DomainException;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.PublicTracking;
import org.onedoor.dossier.Receipt;
import org.onedoor.workflow.WorkflowAction;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.RequestBuilder;

/** Every portal page, including its error and edge states, renders in vi, en and id without a missing key ("??"). */
class PortalPagesI18nIntegrationTest extends PageTestSupport {

    static final String CODE = CENTRE + "-251203-0042";

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en", "id"})
    void everyPortalPageHasAllItsStrings(String lang) throws Exception {
        given(intake.submit(any(), anyString())).willReturn(
                new Receipt(CODE, DossierStatus.NEW, Instant.now(), Instant.now().plusSeconds(86400), "token"));
        given(intake.attach(any(), any(), any(), any(), any()))
                .willThrow(new DomainException(DomainException.Kind.INVALID, "portal.upload.badType"));
        List<PublicTracking.Event> timeline = java.util.Arrays.stream(WorkflowAction.values())
                .map(a -> new PublicTracking.Event(Instant.now(), a.name(), DossierStatus.PROCESSING)).toList();
        given(queries.trackPublic(CODE, "0912345678")).willReturn(Optional.of(new PublicTracking(CODE, "1.001193",
                "Đăng ký khai sinh", "Nguyễn Thị An", DossierStatus.RESULT_RETURNED, Instant.now(), Instant.now(), Instant.now(), timeline)));
        MockHttpSession session = new MockHttpSession();

        assertComplete(get("/submit/1.001193").param("lang", lang));
        assertComplete(SubmissionPagesIntegrationTest.valid("applicant.idNumber", "1", "consent", "false", "lang", lang));
        mvc.perform(SubmissionPagesIntegrationTest.valid().session(session));
        assertComplete(get("/submit/receipt/" + CODE).session(session).param("lang", lang));
        assertComplete(get("/track").param("lang", lang));
        assertComplete(get("/track").param("code", CODE).param("secret", "").param("lang", lang));
        assertComplete(get("/track").param("code", CODE).param("secret", "0912345678").param("lang", lang));
        assertComplete(get("/track").param("code", CODE).param("secret", "1").param("lang", lang));
        for (DossierStatus status : DossierStatus.values()) {
            given(queries.trackPublic(CODE, "2")).willReturn(Optional.of(new PublicTracking(CODE, "1.001193", "x", "y", status,
                    Instant.now(), Instant.now(), null, List.of(new PublicTracking.Event(Instant.now(), "SUBMIT", status)))));
            assertComplete(get("/track").param("code", CODE).param("secret", "2").param("lang", lang));
        }
    }

    private void assertComplete(RequestBuilder request) throws Exception {
        org.springframework.mock.web.MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status").isLessThan(500);
        assertThat(response.getContentAsString()).isNotBlank().doesNotContain("??").doesNotContain("error.page");
    }
}
