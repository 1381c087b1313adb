package org.onedoor.ecopy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.onedoor.identity.Officer;
import org.onedoor.identity.Officers;
import org.onedoor.identity.internal.AccountPrincipal;
import org.onedoor.payment.internal.DemoPaymentGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The kiosk's pages and the officer's back office together: a citizen identified by typing, photographed, scanned,
 * waits for the officer, who approves from the queue; pays at the demo gateway; gets the copy issued and delivered;
 * the copy is in the month's register and its CSV; a second citizen is rejected with a reason.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class KioskAndReviewPagesIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Officers officers;

    @Autowired
    DemoPaymentGateway gateway;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer(String username) {
        Officer o = officers.find(username).orElseThrow();
        AccountPrincipal p = new AccountPrincipal(o.username(), o.fullName(), o.agencyCode(), o.roles(), o.permissions());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.authorities()));
    }

    @Test
    void aCameraPhotoOfTheCardsQrCodeIdentifiesTheCitizen() throws Exception {
        MockHttpSession kiosk = new MockHttpSession();
        mvc.perform(get("/kiosk/copies").param("kiosk", "hoankiem-2").param("method", "qr").session(kiosk))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("capture=\"environment\"")));
        mvc.perform(multipart("/kiosk/copies/identify").file(new MockMultipartFile("qrImage", "qr.jpg", "image/jpeg",
                                ScanImages.cardQrPhoto("001090012345||Nguyễn Văn An|12051990|Nam|Hà Nội|01072021")))
                        .param("method", "qr").param("qr", "").session(kiosk).with(csrf()))
                .andExpect(redirectedUrl("/kiosk/copies/face"));
        mvc.perform(multipart("/kiosk/copies/identify").file(new MockMultipartFile("qrImage", "face.png", "image/png",
                                ScanImages.facePng()))
                        .param("method", "qr").param("qr", "").session(kiosk).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy mã QR đọc được trong ảnh")));
    }

    MockHttpSession scannedAtKiosk(String name) throws Exception {
        MockHttpSession kiosk = new MockHttpSession();
        mvc.perform(get("/kiosk/copies").param("kiosk", "hoankiem-2").param("method", "manual").session(kiosk))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"idNumber\"")));
        mvc.perform(post("/kiosk/copies/identify").session(kiosk).with(csrf()).param("method", "manual")
                        .param("idNumber", "001090012345").param("fullName", name).param("birthDate", "1990-05-12"))
                .andExpect(redirectedUrl("/kiosk/copies/face"));
        mvc.perform(multipart("/kiosk/copies/face").file(new MockMultipartFile("photo", "face.png", "image/png", ScanImages.facePng()))
                        .session(kiosk).with(csrf()))
                .andExpect(redirectedUrl("/kiosk/copies/scan"));
        mvc.perform(multipart("/kiosk/copies/scan").file(new MockMultipartFile("files", "p1.png", "image/png",
                        ScanImages.a4Png("BẰNG TỐT NGHIỆP", name))).session(kiosk).with(csrf()))
                .andExpect(redirectedUrl("/kiosk/copies/result"));
        mvc.perform(get("/kiosk/copies/result").session(kiosk))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"review\"")));
        return kiosk;
    }

    UUID requestOf(String name) {
        return jdbc.sql("select id from ecopy.copy_request where full_name = :n").param("n", name).query(UUID.class).single();
    }

    @Test
    void theOfficerApprovesFromTheQueueAndTheCitizenLeavesWithASignedCopy() throws Exception {
        String name = "Lê Thị Hoa " + UUID.randomUUID().toString().substring(0, 6);
        MockHttpSession kiosk = scannedAtKiosk(name);
        UUID id = requestOf(name);

        mvc.perform(get("/workspace/copies").with(officer("chuyenvien.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(name)));
        mvc.perform(get("/workspace/copies/{id}", id).with(officer("chuyenvien.hoankiem")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/workspace/copies/" + id + "/face")));
        // another commune's officer does not see it
        mvc.perform(get("/workspace/copies/{id}", id).with(officer("chuyenvien.giaphu"))).andExpect(status().isNotFound());
        mvc.perform(post("/workspace/copies/approve").param("ids", id.toString()).with(officer("chuyenvien.hoankiem")).with(csrf()))
                .andExpect(redirectedUrl("/workspace/copies"));

        mvc.perform(get("/kiosk/copies/result").session(kiosk))
                .andExpect(content().string(Matchers.containsString("id=\"pay\"")));
        String payUrl = mvc.perform(post("/kiosk/copies/pay").session(kiosk).with(csrf()))
                .andExpect(redirectedUrlPattern("/payment/demo/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String orderId = payUrl.substring(payUrl.lastIndexOf('/') + 1);
        mvc.perform(post("/api/v1/payments/callback").contentType(MediaType.APPLICATION_JSON).content("""
                        {"orderId":"%s","amountVnd":2000,"gatewayRef":"G-%s","signature":"%s"}"""
                        .formatted(orderId, orderId, gateway.sign(orderId, 2000, "G-" + orderId))))
                .andExpect(status().isOk());
        mvc.perform(get("/kiosk/copies/paid").session(kiosk)).andExpect(redirectedUrl("/kiosk/copies/issue"));
        mvc.perform(post("/kiosk/copies/issue").session(kiosk).with(csrf()).header("HX-Request", "true"))
                .andExpect(header().string("HX-Redirect", "/kiosk/copies/deliver"));
        String page = mvc.perform(get("/kiosk/copies/deliver").session(kiosk))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/SCT/BS")))
                .andReturn().getResponse().getContentAsString();
        String code = page.replaceAll("(?s).*id=\"copy-code\">([A-Z2-9]{10})<.*", "$1");
        assertThat(code).matches("[A-Z2-9]{10}");
        byte[] pdf = mvc.perform(get("/kiosk/copies/download").session(kiosk))
                .andExpect(content().contentType(MediaType.APPLICATION_PDF)).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        mvc.perform(post("/kiosk/copies/email").param("email", "hoa@example.vn").session(kiosk).with(csrf()))
                .andExpect(content().string(Matchers.containsString("hoa@example.vn")));

        // the public page of the QR code, and the month's register with its CSV
        mvc.perform(get("/verify/{code}", code))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Phường Hoàn Kiếm")))
                .andExpect(content().string(Matchers.containsString("Chữ ký hợp lệ")));
        mvc.perform(get("/workspace/copies/register").with(officer("chuyenvien.hoankiem")))
                .andExpect(content().string(Matchers.containsString(code)));
        String month = java.time.YearMonth.now(org.onedoor.common.VietnamTime.ZONE).toString();
        mvc.perform(get("/workspace/copies/register.csv").param("month", month).with(officer("lanhdao.hoankiem")))
                .andExpect(content().string(Matchers.containsString(code)));

        // a later online dossier gives the copy's code instead of the original: the receipt lists the copy as attached
        MockHttpSession citizen = new MockHttpSession();
        mvc.perform(multipart("/submit/{p}", "2.000815").session(citizen).with(csrf())
                        .param("applicant.type", "CITIZEN").param("applicant.idNumber", "001090012345")
                        .param("applicant.name", name).param("applicant.birthDate", "1990-05-12")
                        .param("applicant.phone", "0912345678").param("applicant.address", "1 Tràng Tiền, Hà Nội")
                        .param("receivingAgencyCode", "000.00.31.H24").param("consent", "true")
                        .param("copyCodes[TP01]", code.toLowerCase()))
                .andExpect(redirectedUrlPattern("/submit/receipt/*"));
        assertThat(jdbc.sql("select count(*) from dossier.dossier_file where file_name = :f and component_code = 'TP01'")
                .param("f", "ban-sao-chung-thuc-" + code + ".pdf").query(Integer.class).single()).isEqualTo(1);
        // an unknown code is a field error, nothing is submitted
        mvc.perform(multipart("/submit/{p}", "2.000815").session(citizen).with(csrf())
                        .param("applicant.type", "CITIZEN").param("applicant.idNumber", "001090012345")
                        .param("applicant.name", name).param("applicant.birthDate", "1990-05-12")
                        .param("applicant.phone", "0912345678").param("applicant.address", "1 Tràng Tiền, Hà Nội")
                        .param("receivingAgencyCode", "000.00.31.H24").param("consent", "true")
                        .param("copyCodes[TP01]", "ZZZZZZZZZZ"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy bản sao chứng thực")));
    }

    @Test
    void aRejectedRequestTellsTheCitizenWhy() throws Exception {
        String name = "Phạm Văn Nam " + UUID.randomUUID().toString().substring(0, 6);
        MockHttpSession kiosk = scannedAtKiosk(name);
        UUID id = requestOf(name);
        mvc.perform(post("/workspace/copies/{id}/reject", id).param("reason", "").with(officer("chuyenvien.hoankiem")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng nhập lý do")));
        mvc.perform(post("/workspace/copies/{id}/reject", id).param("reason", "Bản chính bị tẩy xóa")
                        .with(officer("chuyenvien.hoankiem")).with(csrf()))
                .andExpect(redirectedUrl("/workspace/copies"));
        mvc.perform(get("/kiosk/copies/result").session(kiosk))
                .andExpect(content().string(Matchers.containsString("Bản chính bị tẩy xóa")));
        mvc.perform(post("/kiosk/copies/pay").session(kiosk).with(csrf()))
                .andExpect(content().string(Matchers.containsString("REJECTED")));
    }

    @Test
    void aCitizenOrAnonymousCannotOpenTheBackOffice() throws Exception {
        mvc.perform(get("/workspace/copies")).andExpect(status().is3xxRedirection());
    }

    @Test
    void verifyingAnUnsignedFileSaysSo() throws Exception {
        mvc.perform(multipart("/verify").file(new MockMultipartFile("file", "x.pdf", "application/pdf",
                        "%PDF-1.4\n%%EOF".getBytes())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"verdict\"")))
                .andExpect(content().string(Matchers.containsString("không có chữ ký số")));
        mvc.perform(get("/verify/{code}", "ZZZZZZZZZZ")).andExpect(content().string(Matchers.containsString("id=\"not-found\"")));
    }
}
