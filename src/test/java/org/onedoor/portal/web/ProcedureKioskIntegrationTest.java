package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.catalog.Channel;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.forms.IssuingAgency;
import org.onedoor.forms.OfficialForms;
import org.onedoor.forms.ReceiptSlip;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The procedure look-up kiosk on the real catalogue and dossiers: search without diacritics and by sector, a
 * procedure's papers, the printable checklist, and a dossier's status from its receipt's QR code (scanner text and
 * photo of the printed receipt), all anonymous.
 */
@SpringBootTest
@ActiveProfiles("test")
class ProcedureKioskIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired DossierIntake intake;
    @Autowired OfficialForms forms;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void searchWithoutDiacriticsFindsTheProcedureAndLiveResultsComeAsAFragment() throws Exception {
        String page = html(get("/kiosk/procedures?q=dang+ky+khai+sinh"));
        assertThat(page).contains("Đăng ký khai sinh", "/kiosk/procedures/1.001193", "id=\"kiosk-keyboard\"",
                "kiosk-idle", "hx-get=\"/kiosk/procedures\"").doesNotContain("??");
        String fragment = html(get("/kiosk/procedures?q=khai+tu").header("HX-Request", "true"));
        assertThat(fragment).contains("Đăng ký khai tử").doesNotContain("<html", "kiosk-keyboard");
    }

    @Test
    void theSectorFilterKeepsOnlyThatSector() throws Exception {
        String civil = html(get("/kiosk/procedures?q=dang+ky&sector=HO_TICH"));
        assertThat(civil).contains("Đăng ký khai sinh", "Đăng ký kết hôn").doesNotContain("Đăng ký thường trú");
        String residence = html(get("/kiosk/procedures?q=dang+ky&sector=CU_TRU").header("HX-Request", "true"));
        assertThat(residence).contains("Đăng ký thường trú").doesNotContain("Đăng ký khai sinh");
    }

    @Test
    void theProcedureShowsPapersFeesTimeLimitResultAndWhereInThreeLanguages() throws Exception {
        String vi = html(get("/kiosk/procedures/1.001193?centre=000.00.31.H24"));
        assertThat(vi).contains("Thành phần hồ sơ cần mang theo", "Bản chính:", "Bắt buộc", "Thời hạn giải quyết",
                "Phí, lệ phí", "Kết quả nhận được", "Nơi nộp hồ sơ", "Cơ quan giải quyết:",
                "/kiosk/procedures/1.001193/checklist?centre=000.00.31.H24").doesNotContain("??");
        // the demo Hoàn Kiếm floor takes civil-status dossiers at line A (Queues.lineFor)
        assertThat(vi.replaceAll("\\s+", " ")).contains("id=\"kiosk-line\"", "Lấy số thứ tự tại hàng", ">A</strong>",
                "Tiếp nhận hồ sơ");
        assertThat(html(get("/kiosk/procedures/1.001193?lang=en"))).doesNotContain("kiosk-line");
        assertThat(html(get("/kiosk/procedures/1.001193?lang=en"))).contains("Birth registration", "Papers to bring",
                "Originals:", "Time limit", "What you receive").doesNotContain("??");
        assertThat(html(get("/kiosk/procedures/1.001193?lang=id"))).contains("Dokumen yang harus dibawa", "Asli:")
                .doesNotContain("??");
        mvc.perform(get("/kiosk/procedures/9.999999")).andExpect(status().isNotFound());
    }

    @Test
    void theChecklistIsAPrintableSheetWithABoxPerPaper() throws Exception {
        String sheet = html(get("/kiosk/procedures/1.001193/checklist?lang=en"));
        assertThat(sheet).contains("Checklist of papers to prepare", "Procedure 1.001193", "checkbox-box",
                "data-print", "/css/kiosk-lookup.css");
        int papers = sheet.split("class=\"checkbox-box\"", -1).length - 1;
        assertThat(papers).isGreaterThan(0);
    }

    @Test
    void aScannedReceiptAsksForTheSecretThenShowsThePublicStatus() throws Exception {
        String code = submit("001090012345", "Nguyễn Văn Công");
        String scanned = forms.trackingUrl(code);
        String step2 = html(post("/kiosk/procedures/status?lang=en").with(csrf()).param("qr", scanned + "\r"));
        assertThat(step2).contains("id=\"scanned-code\"", code, "name=\"secret\"").doesNotContain("Nguyễn Văn Công");

        String result = html(post("/kiosk/procedures/status?lang=en").with(csrf()).param("code", code)
                .param("secret", "0912 345 678"));
        assertThat(result).contains("id=\"tracking\"", code, "Nguyễn Văn Công", "Timeline");
        var response = mvc.perform(post("/kiosk/procedures/status").with(csrf()).param("code", code)
                .param("secret", "001090012345")).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aPhotoOfThePrintedReceiptWorksLikeTheScanner() throws Exception {
        String code = submit("001090012345", "Lò Thị Hằng");
        byte[] pdf = forms.receipt(new ReceiptSlip(IssuingAgency.of("Xã Gia Phú"), code, "Đăng ký tạm trú",
                "Lò Thị Hằng", null, null, null, List.of(), "3 ngày làm việc", Instant.now(),
                Instant.now().plus(3, ChronoUnit.DAYS), null, null, "Cán bộ"), Locale.forLanguageTag("vi"));
        byte[] photo;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 200);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(page, "jpg", out);
            photo = out.toByteArray();
        }
        String step2 = html(multipart("/kiosk/procedures/status?lang=en")
                .file(new MockMultipartFile("qrImage", "receipt.jpg", "image/jpeg", photo)).with(csrf()));
        assertThat(step2).contains("id=\"scanned-code\"", code);
    }

    @Test
    void wrongOrUnknownInputGetsAClearMessageNeverAnError() throws Exception {
        String code = submit("001090012345", "Nguyễn Văn Công");
        assertThat(html(post("/kiosk/procedures/status?lang=en").with(csrf()).param("qr", "WIFI:S:guest;;")))
                .contains("This is not the QR code of a dossier receipt.");
        assertThat(html(post("/kiosk/procedures/status?lang=en").with(csrf()).param("qr", "")))
                .contains("Please scan the QR code of your receipt");
        assertThat(html(multipart("/kiosk/procedures/status?lang=en").with(csrf())
                .file(new MockMultipartFile("qrImage", "x.png", "image/png", ReceiptQrTest.whitePng()))))
                .contains("No QR code found on the photo.");
        assertThat(html(multipart("/kiosk/procedures/status?lang=en").with(csrf())
                .file(new MockMultipartFile("qrImage", "x.png", "image/png", "not a photo".getBytes()))))
                .contains("The photo could not be read.");
        String wrongSecret = html(post("/kiosk/procedures/status?lang=en").with(csrf()).param("code", code)
                .param("secret", "000000000000"));
        String unknownCode = html(post("/kiosk/procedures/status?lang=en").with(csrf())
                .param("code", "000.00.31.H37-990101-9999").param("secret", "001090012345"));
        assertThat(wrongSecret).contains("No dossier matches this code and confirmation.").doesNotContain("Nguyễn Văn Công");
        assertThat(alert(wrongSecret)).isEqualTo(alert(unknownCode));
    }

    @Test
    void repeatedFailuresOnOneDossierAreRefusedButTheKioskStaysUsable() throws Exception {
        String code = submit("001090012345", "Nguyễn Văn Công");
        for (int i = 0; i < TrackingThrottle.MAX_FAILURES; i++) {
            html(post("/kiosk/procedures/status").with(csrf()).param("code", code).param("secret", "09000000" + i));
        }
        String refused = mvc.perform(post("/kiosk/procedures/status?lang=en").with(csrf()).param("code", code)
                .param("secret", "001090012345")).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Too many unsuccessful attempts.").doesNotContain("id=\"tracking\"");
        String other = submit("001090012345", "Nguyễn Văn Công");
        assertThat(html(post("/kiosk/procedures/status").with(csrf()).param("code", other)
                .param("secret", "001090012345"))).contains("id=\"tracking\"");
    }

    @Test
    void theKioskIsPublicAndSpeaksThreeLanguages() throws Exception {
        assertThat(html(get("/kiosk/procedures/status?lang=vi"))).contains("Tra cứu hồ sơ của tôi", "autofocus");
        String en = html(get("/kiosk/procedures?lang=en"));
        assertThat(en).contains("Procedure look-up", "No accents needed");
        assertThat(en).as("no empty centre parameter without a centre").doesNotContain("centre=\"", "centre=&")
                .contains("href=\"?lang=vi\"", "data-home=\"/kiosk/procedures\"");
        assertThat(html(get("/kiosk/procedures/status?centre=000.00.31.H24&lang=en")))
                .contains("href=\"?lang=vi&amp;centre=000.00.31.H24\"", "href=\"/kiosk/procedures?centre=000.00.31.H24\"");
        assertThat(html(get("/kiosk/procedures?lang=id"))).contains("Pencarian prosedur", "Tanpa tanda aksen");
    }

    private static String alert(String html) {
        int start = html.indexOf("id=\"error-summary\"");
        return html.substring(start, html.indexOf("</div>", start));
    }

    private String submit(String idNumber, String name) {
        return intake.submit(new SubmissionRequest("1.004194", new Applicant(ApplicantType.CITIZEN, idNumber, null,
                name, LocalDate.of(1990, 5, 12), "0912345678", null, null), Channel.ONLINE, "000.00.31.H37", null,
                List.of(), "vi"), null).code();
    }
}
