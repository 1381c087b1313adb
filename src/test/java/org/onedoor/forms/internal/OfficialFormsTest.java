package org.onedoor.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onedoor.forms.internal.FormSamples.APPLICANT;
import static org.onedoor.forms.internal.FormSamples.CODE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.onedoor.forms.DossierRegister;
import org.onedoor.forms.OfficialForms;
import org.springframework.context.support.ResourceBundleMessageSource;

class OfficialFormsTest {

    static final String PUBLIC_URL = "https://dichvucong.laocai.example.vn";
    static final String TRACKING_URL = PUBLIC_URL + "/track?code=" + CODE;
    static final OfficialForms FORMS = new PdfOfficialForms(bundle(), PUBLIC_URL + "/");
    static final Locale VI = OfficialForms.VIETNAMESE;

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/forms");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    /** Each per-dossier form, its title as printed (capitals) and its name as in the footer. */
    static Stream<Arguments> dossierForms() {
        return Stream.of(
                form("01 receipt", f -> f.receipt(FormSamples.receipt(), VI),
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
                form("02 supplement request", f -> f.supplementRequest(FormSamples.supplement("Thiếu giấy tờ"), VI),
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
                form("03 refusal", f -> f.refusal(FormSamples.refusal(), VI),
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
                form("04 apology and extension", f -> f.apologyExtension(FormSamples.apology(), VI),
                        "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
                form("05 stop notice", f -> f.stopNotice(FormSamples.stop(), VI),
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Thông báo dừng giải quyết hồ sơ"),
                form("06 tracking sheet", f -> f.trackingSheet(FormSamples.tracking(), VI),
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Phiếu kiểm soát quá trình giải quyết hồ sơ"));
    }

    private static Arguments form(String name, Function<OfficialForms, byte[]> render, String title, String formName) {
        return Arguments.of(name, render, title, formName);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossierForms")
    void rendersAnA5PdfWithTheVietnameseTextTheApplicantAndTheDossierCode(String name, Function<OfficialForms, byte[]> render,
                                                                         String title, String formName) throws IOException {
        byte[] pdf = render.apply(FORMS);

        try (PDDocument document = PdfChecks.load(pdf)) {
            assertThat(document.getNumberOfPages()).as("an A5 slip fits on one sheet").isEqualTo(1);
            PDRectangle size = document.getPage(0).getMediaBox();
            assertThat(size.getWidth()).isEqualTo(PDRectangle.A5.getWidth());
            assertThat(size.getHeight()).isEqualTo(PDRectangle.A5.getHeight());
        }
        assertThat(PdfChecks.text(pdf))
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
                .contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ GIA PHÚ")
                .contains(title, formName, APPLICANT, CODE, "Đăng ký khai sinh");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossierForms")
    void embedsEveryFontOnEveryPage(String name, Function<OfficialForms, byte[]> render) throws IOException {
        List<Map.Entry<String, Boolean>> fonts = PdfChecks.fonts(render.apply(FORMS));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.getValue()).as(font.getKey()).isTrue());
        assertThat(fonts).extracting(Map.Entry::getKey).allMatch(font -> font.contains("DejaVuSerif"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dossierForms")
    void carriesAQrCodeOfThePublicTrackingUrl(String name, Function<OfficialForms, byte[]> render) throws Exception {
        assertThat(PdfChecks.qrCode(render.apply(FORMS))).isEqualTo(TRACKING_URL);
    }

    @Test
    void receiptPrintsTheComponentsAndTheAppointmentInVietnamTime() throws IOException {
        String text = PdfChecks.text(FORMS.receipt(FormSamples.receipt(), VI));

        assertThat(text).contains("Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh do cơ sở y tế cấp",
                "03 ngày làm việc", "Lê Văn Đức", "0912345678");
        assertThat(text).contains("09:30, ngày 23/11/2026").contains("16:00, ngày 26/11/2026");
        assertThat(text).contains("Lào Cai, ngày 23 tháng 11 năm 2026");
        assertThat(text).contains("NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void wrapsLongVietnameseTextInsideThePageMargins() throws IOException {
        String longReason = "Hồ sơ thiếu bản sao giấy chứng nhận kết hôn của cha mẹ có chứng thực hợp lệ, ".repeat(12)
                + "MãSốRấtDàiKhôngCóKhoảngTrắng".repeat(6);
        byte[] pdf = FORMS.supplementRequest(FormSamples.supplement(longReason), VI);

        assertThat(PdfChecks.maxTextX(pdf)).isLessThanOrEqualTo(PDRectangle.A5.getWidth() - 39);
        assertThat(PdfChecks.text(pdf)).contains("giấy chứng nhận kết hôn của cha mẹ có chứng thực hợp lệ");
    }

    @Test
    void apologyStatesTheOldAndTheNewAppointment() throws IOException {
        String text = PdfChecks.text(FORMS.apologyExtension(FormSamples.apology(), VI));

        assertThat(text).contains("16:00, ngày 26/11/2026", "16:00, ngày 01/12/2026", "Cần xác minh thông tin cư trú");
    }

    @Test
    void trackingSheetClassifiesEachStep() throws IOException {
        String text = PdfChecks.text(FORMS.trackingSheet(FormSamples.tracking(), VI));

        assertThat(text).contains("Trước hạn", "Quá hạn", "Đang giải quyết", "Trần Thu Hà");
    }

    @Test
    void timelinessIsEarlyOnADayBeforeTheDueDayOnTimeUpToTheDueMomentAndLateAfter() {
        Instant due = Instant.parse("2026-11-26T09:00:00Z"); // 16:00 on 26/11 in Vietnam
        assertThat(TrackingSheetForm.timeliness(due, Instant.parse("2026-11-25T16:59:00Z"))).isEqualTo("EARLY"); // 23:59 on 25/11
        assertThat(TrackingSheetForm.timeliness(due, Instant.parse("2026-11-25T17:00:00Z"))).isEqualTo("ON_TIME"); // 00:00 on 26/11
        assertThat(TrackingSheetForm.timeliness(due, due)).isEqualTo("ON_TIME");
        assertThat(TrackingSheetForm.timeliness(due, due.plusSeconds(60))).isEqualTo("LATE");
        assertThat(TrackingSheetForm.timeliness(due, null)).isEqualTo("PENDING");
    }

    @Test
    void registerPaginatesTwoHundredRowsOnA4LandscapeWithTheHeaderOnEveryPage() throws IOException {
        byte[] pdf = FORMS.register(FormSamples.register(200), VI);

        int pages;
        try (PDDocument document = PdfChecks.load(pdf)) {
            pages = document.getNumberOfPages();
            assertThat(document.getPage(pages - 1).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getWidth());
        }
        assertThat(pages).isGreaterThan(3);
        String text = PdfChecks.text(pdf);
        assertThat(text).contains("SỔ THEO DÕI HỒ SƠ", "Tháng 11/2026", APPLICANT);
        for (int i = 1; i <= 200; i++) {
            assertThat(text).as("row %d", i).contains(FormSamples.code(i));
        }
        for (int page = 1; page <= pages; page++) {
            assertThat(PdfChecks.pageText(pdf, page)).contains("Tên thủ tục hành chính", "Trang " + page + "/" + pages);
        }
        assertThat(PdfChecks.fonts(pdf)).allSatisfy(font -> assertThat(font.getValue()).isTrue());
    }

    @Test
    void labelsFollowTheRequestedLocale() throws IOException {
        String english = PdfChecks.text(FORMS.receipt(FormSamples.receipt(), Locale.ENGLISH));
        String indonesian = PdfChecks.text(FORMS.receipt(FormSamples.receipt(), Locale.forLanguageTag("id")));

        assertThat(english).contains("RECEIPT AND APPOINTMENT SLIP", "SOCIALIST REPUBLIC OF VIETNAM", APPLICANT);
        assertThat(indonesian).contains("TANDA TERIMA DAN JANJI PENYERAHAN HASIL", APPLICANT);
    }

    @Test
    void refusesAFormWithoutItsMandatoryData() {
        assertThatThrownBy(() -> new org.onedoor.forms.Refusal(FormSamples.agency(), CODE, "Đăng ký khai sinh",
                APPLICANT, null, null, null, " ", Instant.now(), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refusal reasons");
    }

    @Test
    void registerOfNoDossiersIsStillOnePage() throws IOException {
        byte[] pdf = FORMS.register(new DossierRegister(FormSamples.agency(), null, List.of(), Instant.now()), VI);
        try (PDDocument document = PdfChecks.load(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void pdffontsReportsEveryFontEmbedded(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("pdffonts"),
                "poppler-utils 'pdffonts' is not installed on this machine: font embedding checked with PDFBox only");
        Path file = dir.resolve("receipt.pdf");
        Files.write(file, FORMS.receipt(FormSamples.receipt(), VI));

        Process process = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> fontLines = output.lines().skip(2).filter(line -> !line.isBlank()).toList();
        assertThat(fontLines).isNotEmpty().allSatisfy(line -> assertThat(line).matches(".*\\byes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
        // columns: name type encoding emb sub uni object ID → "emb" is the first yes/no column
        assertThat(fontLines).allSatisfy(line -> assertThat(line.split("\\s+(?=(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$)")[1]).startsWith("yes"));
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }
}
