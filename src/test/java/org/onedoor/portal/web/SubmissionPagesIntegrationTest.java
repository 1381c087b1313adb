package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.onedoor.PageTestSupport;
import org.onedoor.catalog.Channel;
import org.onedoor.common.DomainException;
import org.onedoor.common.FieldViolation;
import org.onedoor.dossier.DossierFile;
import org.onedoor.dossier.DossierStatus;
import org.onedoor.dossier.Receipt;
import org.onedoor.dossier.SubmissionRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

class SubmissionPagesIntegrationTest extends PageTestSupport {

    static final String CODE = CENTRE + "-251203-0042";

    @Test
    void theFormListsTheProcedureComponentsWithAFileInputEach() throws Exception {
        String html = mvc.perform(get("/submit/1.001193?lang=en")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Birth registration form", "Birth certificate from the hospital",
                "name=\"file_TK01\"", "name=\"file_GCS\"", "Provincial public service centre");
    }

    @Test
    void anUnknownProcedureIsNotFound() throws Exception {
        mvc.perform(get("/submit/9.999999")).andExpect(status().isNotFound());
    }

    @Test
    void aMalformedIdNumberIsShownNextToTheFieldAndNothingIsSubmitted() throws Exception {
        String html = mvc.perform(valid("applicant.idNumber", "12345", "lang", "en"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"applicant.idNumber-error\"")
                .contains("The personal identification number must be exactly 12 digits.")
                .contains("href=\"#applicant.idNumber\"")
                .contains("value=\"12345\"")            // the value is kept
                .contains("value=\"Nguyễn Thị An\"");
        verifyNoInteractions(intake);
    }

    @Test
    void aDisguisedFileIsRejectedBeforeTheDossierIsRegistered() throws Exception {
        MockMultipartHttpServletRequestBuilder request = valid();
        request.file(new MockMultipartFile("file_GCS", "photo.pdf", "application/pdf", "MZ not a pdf".getBytes()));
        String html = mvc.perform(request.param("lang", "en")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Only PDF, JPEG or PNG files are accepted.").contains("href=\"#file-GCS\"");
        verifyNoInteractions(intake);
    }

    @Test
    void aFileOverTheDossierLimitGetsAFieldErrorBeforeTheDossierIsRegistered() throws Exception {
        byte[] eleven = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(), 0, eleven, 0, 8);
        MockMultipartHttpServletRequestBuilder request = valid();
        request.file(new MockMultipartFile("file_GCS", "scan.pdf", "application/pdf", eleven));
        String html = mvc.perform(request.param("lang", "en")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("10 MB").contains("href=\"#file-GCS\"");
        verifyNoInteractions(intake);
    }

    @Test
    void aValidSubmissionRegistersAttachesAndShowsTheReceiptToTheSubmitterOnly() throws Exception {
        given(intake.submit(any(), anyString())).willReturn(receipt());
        given(intake.attach(eq(CODE), eq("TK01"), eq("tokhai.pdf"), any(InputStream.class), eq("token-1")))
                .willReturn(new DossierFile("TK01", "tokhai.pdf", "application/pdf", "ab", 10, Instant.now(), "citizen"));
        MockHttpSession session = new MockHttpSession();

        mvc.perform(valid().session(session)).andExpect(redirectedUrl("/submit/receipt/" + CODE));

        ArgumentCaptor<SubmissionRequest> submitted = ArgumentCaptor.forClass(SubmissionRequest.class);
        verify(intake).submit(submitted.capture(), anyString());
        assertThat(submitted.getValue().channel()).isEqualTo(Channel.ONLINE);
        assertThat(submitted.getValue().applicant().idNumber()).isEqualTo("001301012345");
        assertThat(submitted.getValue().receivingAgencyCode()).isEqualTo(CENTRE);
        assertThat(submitted.getValue().components()).containsExactly("TK01");
        assertThat(submitted.getValue().locale()).isEqualTo("en");
        verify(intake).attach(eq(CODE), eq("TK01"), eq("tokhai.pdf"), any(InputStream.class), eq("token-1"));

        String receipt = mvc.perform(get("/submit/receipt/" + CODE).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains(CODE, "/submit/receipt/" + CODE + "/qr.png", "window.print()");
        mvc.perform(get("/submit/receipt/" + CODE + "/qr.png").session(session))
                .andExpect(status().isOk()).andExpect(content().contentType("image/png"));

        // another browser cannot open the receipt by guessing the code
        mvc.perform(get("/submit/receipt/" + CODE)).andExpect(status().isNotFound());
        mvc.perform(get("/submit/receipt/" + CODE + "/qr.png")).andExpect(status().isNotFound());
    }

    @Test
    void aFileRejectedAfterRegistrationIsNamedOnTheReceipt() throws Exception {
        given(intake.submit(any(), anyString())).willReturn(receipt());
        given(intake.attach(any(), any(), any(), any(), any()))
                .willThrow(new DomainException(DomainException.Kind.INVALID, "portal.upload.badType"));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(valid().session(session)).andExpect(redirectedUrl("/submit/receipt/" + CODE));

        String receipt = mvc.perform(get("/submit/receipt/" + CODE + "?lang=en").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(receipt).contains("Some files were not attached", "tokhai.pdf", "Only PDF, JPEG or PNG files are accepted.");
    }

    @Test
    void theDossierModulesFieldViolationsAppearNextToTheirFields() throws Exception {
        given(intake.submit(any(), anyString())).willThrow(DomainException.invalid(
                List.of(new FieldViolation("applicant.birthDate", "portal.error.idNumber"))));
        String html = mvc.perform(valid().param("lang", "en")).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"applicant.birthDate-error\"", "href=\"#applicant.birthDate\"");
        verify(intake, never()).attach(any(), any(), any(), any(), any());
    }

    @Test
    void aMissingConsentOrCentreIsReported() throws Exception {
        String html = mvc.perform(valid("consent", "false", "receivingAgencyCode", "", "lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("You must accept the declaration to submit.", "Please choose where the dossier is received.");
        verifyNoInteractions(intake);
    }

    private static Receipt receipt() {
        return new Receipt(CODE, DossierStatus.NEW, Instant.parse("2025-12-03T02:00:00Z"), Instant.parse("2025-12-04T10:00:00Z"), "token-1");
    }

    /** A complete, valid submission with one file for the mandatory component; pairs of name, value override fields. */
    static MockMultipartHttpServletRequestBuilder valid(String... overrides) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("applicant.type", "CITIZEN");
        fields.put("applicant.idNumber", "001301012345");
        fields.put("applicant.name", "Nguyễn Thị An");
        fields.put("applicant.birthDate", "2001-05-06");
        fields.put("applicant.phone", "0912345678");
        fields.put("applicant.email", "an@example.org");
        fields.put("applicant.address", "Hà Giang");
        fields.put("receivingAgencyCode", CENTRE);
        fields.put("consent", "true");
        fields.put("idempotencyKey", "key-1");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/submit/1.001193");
        request.file(new MockMultipartFile("file_TK01", "tokhai.pdf", "application/pdf", pdf()));
        fields.forEach(request::param);
        request.header("Accept-Language", "en").with(csrf());
        return request;
    }
}
