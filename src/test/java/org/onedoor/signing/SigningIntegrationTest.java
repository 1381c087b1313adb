package org.onedoor.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The signing module as other modules and the public see it, with the demo agencies and officers. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SigningIntegrationTest {

    @Autowired
    DocumentSigner signer;

    @Autowired
    SignatureValidator validator;

    @Autowired
    MockMvc mvc;

    @Test
    void aDemoLeaderAndTheDemoAgencySignAndThePublicEndpointValidates() throws Exception {
        SignedDocument byLeader = signer.sign(pdf(), new SignatureRequest(Signer.officer("lanhdao.giaphu"),
                SignatureAppearance.SIGNATURE_WITH_SEAL, "Phê duyệt kết quả"));
        SignedDocument sealed = signer.sign(byLeader.pdf(), new SignatureRequest(Signer.agency("000.00.31.H37"),
                SignatureAppearance.COPY_CERTIFICATION, null));
        assertThat(sealed.level()).isEqualTo("PAdES-BASELINE-LT");
        assertThat(validator.validate(sealed.pdf()).indication()).isEqualTo(Indication.TOTAL_PASSED);

        mvc.perform(multipart("/api/v1/signatures/validate")
                        .file(new MockMultipartFile("file", "signed.pdf", "application/pdf", sealed.pdf())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indication").value("TOTAL_PASSED"))
                .andExpect(jsonPath("$.readable").value(true))
                .andExpect(jsonPath("$.modifiedAfterSigning").value(false))
                .andExpect(jsonPath("$.signatures.length()").value(2))
                .andExpect(jsonPath("$.signatures[0].level").value("PAdES-BASELINE-LT"));
    }

    @Test
    void thePublicEndpointSaysWhenAFileIsNotAPdfAndRefusesAMissingFile() throws Exception {
        mvc.perform(multipart("/api/v1/signatures/validate")
                        .file(new MockMultipartFile("file", "photo.jpg", "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, 1, 2, 3, 4, 5, 6, 7})))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indication").value("NO_SIGNATURE"))
                .andExpect(jsonPath("$.readable").value(false));
        mvc.perform(multipart("/api/v1/signatures/validate"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aFileAboveTheValidationLimitIsRefusedWithAFieldError() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.7".getBytes(), 0, big, 0, 8);
        mvc.perform(multipart("/api/v1/signatures/validate").header("Accept-Language", "en")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("at most 20 MB")));
    }

    @Test
    void theDemoRootCertificateAndCrlArePublic() throws Exception {
        byte[] root = mvc.perform(get("/pki/demo-root.crt")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        byte[] crl = mvc.perform(get("/pki/demo-ca.crl")).andExpect(status().isOk())
                .andExpect(content().contentType("application/pkix-crl"))
                .andReturn().getResponse().getContentAsByteArray();
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509Certificate certificate = (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(root));
        X509CRL list = (X509CRL) factory.generateCRL(new ByteArrayInputStream(crl));
        assertThat(certificate.getSubjectX500Principal().getName()).contains("OneDoor Demo Root CA");
        assertThat(list.getIssuerX500Principal().getName()).contains("OneDoor Demo Agency CA");
    }

    @Test
    void theDemoTimeStampAuthorityAnswersRfc3161RequestsWithoutASession() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("hello".getBytes());
        org.bouncycastle.tsp.TimeStampRequestGenerator generator = new org.bouncycastle.tsp.TimeStampRequestGenerator();
        generator.setCertReq(true);
        org.bouncycastle.tsp.TimeStampRequest request = generator.generate(
                org.bouncycastle.tsp.TSPAlgorithms.SHA256, digest, java.math.BigInteger.TEN);

        byte[] reply = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/pki/tsa")
                        .contentType("application/timestamp-query").content(request.getEncoded()))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/timestamp-reply"))
                .andReturn().getResponse().getContentAsByteArray();

        org.bouncycastle.tsp.TimeStampResponse response = new org.bouncycastle.tsp.TimeStampResponse(reply);
        response.validate(request);
        assertThat(response.getTimeStampToken().getTimeStampInfo().getMessageImprintDigest()).isEqualTo(digest);
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
