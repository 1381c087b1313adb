package org.onedoor.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.onedoor.iddocument.Mrz;
import org.onedoor.recognition.internal.RuleBasedDocumentRecognizer;

/**
 * Classification, field extraction and checks over recognised text, with OCR replaced by a recognizer that
 * returns given lines: fast, and independent of Tesseract.
 */
class DocumentAssessmentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    static final BufferedImage PAGE = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);

    static RecognitionResult recognise(double confidence, String... lines) {
        TextRecognizer given = new TextRecognizer() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public RecognizedText recognize(BufferedImage page, RecognitionOptions options) {
                return new RecognizedText(String.join("\n", lines), confidence, List.of(lines));
            }
        };
        return new RuleBasedDocumentRecognizer(given, 60, CLOCK).recognize(List.of(PAGE));
    }

    static RecognitionResult recognise(String... lines) {
        return recognise(92, lines);
    }

    static final String[] ID_CARD = {
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CĂN CƯỚC CÔNG DÂN", "Citizen Identity Card",
            "Số / No.: 001190012345", "Họ và tên / Full name:", "NGUYỄN THỊ MINH ANH",
            "Ngày sinh / Date of birth: 15/03/1990", "Giới tính / Sex: Nữ Quốc tịch / Nationality: Việt Nam",
            "Có giá trị đến / Date of expiry: 15/03/2030"};

    @Test
    void aConsistentIdCardIsMachineVerified() {
        RecognitionResult result = recognise(ID_CARD);
        assertThat(result.type()).isEqualTo(DocumentType.ID_CARD);
        assertThat(result.fields()).containsEntry("number", "001190012345").containsEntry("sex", "FEMALE")
                .containsEntry("fullName", "NGUYỄN THỊ MINH ANH");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void classificationIgnoresDiacriticsAndSpacing() {
        assertThat(recognise("CAN CUOC CONG DAN", "So: 001190012345", "Ho va ten: NGUYEN THI MINH ANH",
                "Ngay sinh: 15/03/1990").type()).isEqualTo(DocumentType.ID_CARD);
        assertThat(recognise("GIAYKHAI SINH", "Ho, chu dem, ten: NGUYEN VAN BINH").type())
                .isEqualTo(DocumentType.BIRTH_CERTIFICATE);
    }

    @Test
    void theTwentyTwentyFourCardIsAnIdCard() {
        RecognitionResult result = recognise("CĂN CƯỚC", "IDENTITY CARD", "Số định danh cá nhân / Personal "
                + "identification number: 079203012345", "Họ, chữ đệm và tên khai sinh / Full name:",
                "TRẦN VĂN BÌNH", "Ngày, tháng, năm sinh / Date of birth: 15/09/2003", "Giới tính / Sex: Nam");
        assertThat(result.type()).isEqualTo(DocumentType.ID_CARD);
        assertThat(result.fields()).containsEntry("number", "079203012345").containsEntry("fullName", "TRẦN VĂN BÌNH")
                .containsEntry("dateOfBirth", "2003-09-15");
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void diplomaLandUseCertificateAndHouseholdBookAreRecognised() {
        RecognitionResult diploma = recognise("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HIỆU TRƯỞNG",
                "TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI", "cấp", "BẰNG TỐT NGHIỆP ĐẠI HỌC", "Ngành: Công nghệ thông tin",
                "Cho: Ông NGUYỄN VĂN AN", "Ngày sinh: 02/09/1995", "Xếp loại tốt nghiệp: Giỏi",
                "Hà Nội, ngày 15 tháng 6 năm 2018", "Số hiệu: A 0123456");
        assertThat(diploma.type()).isEqualTo(DocumentType.DIPLOMA);
        assertThat(diploma.fields()).containsEntry("fullName", "NGUYỄN VĂN AN")
                .containsEntry("dateOfBirth", "1995-09-02").containsEntry("issueDate", "2018-06-15")
                .containsEntry("number", "A 0123456").containsEntry("issuer", "TRƯỜNG ĐẠI HỌC BÁCH KHOA HÀ NỘI");

        RecognitionResult land = recognise("GIẤY CHỨNG NHẬN", "QUYỀN SỬ DỤNG ĐẤT QUYỀN SỞ HỮU NHÀ Ở",
                "VÀ TÀI SẢN KHÁC GẮN LIỀN VỚI ĐẤT", "Ông: LÊ VĂN CƯỜNG", "Thửa đất số: 123, tờ bản đồ số: 45",
                "ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY", "Hà Nội, ngày 20 tháng 10 năm 2016",
                "Số vào sổ cấp GCN: CS 01234");
        assertThat(land.type()).isEqualTo(DocumentType.LAND_USE_CERTIFICATE);
        assertThat(land.fields()).containsEntry("fullName", "LÊ VĂN CƯỜNG").containsEntry("number", "CS 01234")
                .containsEntry("issueDate", "2016-10-20").containsEntry("issuer", "ỦY BAN NHÂN DÂN QUẬN CẦU GIẤY");

        RecognitionResult household = recognise("SỔ HỘ KHẨU", "Số: 010123456", "Họ và tên chủ hộ: PHẠM VĂN DŨNG",
                "Ngày 12 tháng 3 năm 2010", "CÔNG AN QUẬN ĐỐNG ĐA");
        assertThat(household.type()).isEqualTo(DocumentType.HOUSEHOLD_REGISTRATION);
        assertThat(household.fields()).containsEntry("number", "010123456")
                .containsEntry("fullName", "PHẠM VĂN DŨNG").containsEntry("issueDate", "2010-03-12");
    }

    @Test
    void anUnrecognisedDocumentGoesToAnOfficer() {
        RecognitionResult result = recognise("HÓA ĐƠN GIÁ TRỊ GIA TĂNG", "Tổng cộng tiền thanh toán: 1.250.000 đồng");
        assertThat(result.type()).isEqualTo(DocumentType.OTHER);
        assertThat(result.problems()).containsExactly(RecognitionProblem.UNKNOWN_TYPE);
    }

    @Test
    void lowConfidenceOrTooLittleTextIsUnreadable() {
        assertThat(recognise(41, ID_CARD).problems()).containsExactly(RecognitionProblem.UNREADABLE);
        assertThat(recognise("Số 1").problems()).contains(RecognitionProblem.UNREADABLE);
    }

    @Test
    void anExpiredCardIsReported() {
        RecognitionResult result = recognise(replace(ID_CARD, "15/03/2030", "15/03/2025"));
        assertThat(result.problems()).containsExactly(RecognitionProblem.EXPIRED);
    }

    @Test
    void anIdNumberThatDoesNotFitTheBirthYearOrSexIsReported() {
        assertThat(recognise(replace(ID_CARD, "15/03/1990", "15/03/1991")).problems())
                .containsExactly(RecognitionProblem.ID_NUMBER);
        assertThat(recognise(replace(ID_CARD, "Sex: Nữ", "Sex: Nam")).problems())
                .containsExactly(RecognitionProblem.ID_NUMBER);
    }

    @Test
    void implausibleDatesAreReported() {
        assertThat(recognise(replace(ID_CARD, "15/03/1990", "15/03/2090")).problems())
                .contains(RecognitionProblem.DATE_IMPLAUSIBLE);
    }

    @Test
    void missingKeyFieldsAreReported() {
        RecognitionResult result = recognise("CĂN CƯỚC CÔNG DÂN", "Citizen Identity Card", "Họ và tên / Full name:",
                "NGUYỄN THỊ MINH ANH");
        assertThat(result.problems()).containsExactly(RecognitionProblem.FIELDS_MISSING);
    }

    static final String[] CARD_BACK = {"Đặc điểm nhân dạng: Nốt ruồi", "Ngày, tháng, năm cấp: 10/08/2021",
            "CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
            "IDVNM2030123450079203012345<<0", "0309150M2809159VNM<<<<<<<<<<<4", "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<"};

    @Test
    void aVisibleMrzIsReadAndItsCheckDigitsVerified() {
        RecognitionResult back = recognise(CARD_BACK);
        assertThat(back.type()).isEqualTo(DocumentType.ID_CARD);
        assertThat(back.fields()).containsEntry("number", "079203012345").containsEntry("dateOfBirth", "2003-09-15")
                .containsEntry("expiryDate", "2028-09-15").containsEntry("issueDate", "2021-08-10")
                .containsKey("mrz");
        assertThat(Mrz.read(back.fields().get("mrz")).documentNumber()).isEqualTo("203012345");
        assertThat(back.problems()).isEmpty();

        assertThat(recognise(replace(CARD_BACK, "0309150M", "0309151M")).problems())
                .contains(RecognitionProblem.MRZ_CHECK_DIGIT);
    }

    @Test
    void anMrzThatDisagreesWithThePrintedNumberIsReported() {
        String[] lines = new String[CARD_BACK.length + 1];
        lines[0] = "Số / No.: 079203012346";
        System.arraycopy(CARD_BACK, 0, lines, 1, CARD_BACK.length);
        assertThat(recognise(lines).problems()).contains(RecognitionProblem.MRZ_MISMATCH);
    }

    @Test
    void anMrzLineWithALostFillerIsStillRead() {
        assertThat(recognise(replace(CARD_BACK, "VNM<<<<<<<<<<<4", "VNM<<<<<<<<<<4")).problems()).isNotEmpty()
                .doesNotContain(RecognitionProblem.MRZ_UNREADABLE);
        assertThat(recognise(replace(CARD_BACK, "NGUYEN<<VAN<AN<<<<<<<<<<<<<<<<", "NGUYEN<<VAN<AN<<<<<<<<<<<<<<"))
                .problems()).isEmpty();
    }

    @Test
    void pagesAreRecognisedTogetherInOrder() {
        BufferedImage front = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        BufferedImage back = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB);
        TextRecognizer slowFront = new TextRecognizer() {
            @Override
            public boolean available() {
                return true;
            }

            @Override
            public RecognizedText recognize(BufferedImage page, RecognitionOptions options) {
                if (page == front) {
                    try {
                        Thread.sleep(200); // finishes after the back: order must still be front, back
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new RecognizedText(String.join("\n", ID_CARD), 90, List.of(ID_CARD));
                }
                return new RecognizedText(String.join("\n", CARD_BACK), 80, List.of(CARD_BACK));
            }
        };

        RecognitionResult result = new RuleBasedDocumentRecognizer(slowFront, 60, CLOCK)
                .recognize(List.of(front, back));

        assertThat(result.text()).startsWith("CỘNG HÒA").contains("\fĐặc điểm nhân dạng");
        assertThat(result.meanConfidence()).isEqualTo(85.0);
        assertThat(result.fields()).containsEntry("number", "001190012345").containsEntry("issueDate", "2021-08-10")
                .containsKey("mrz");
        // the back's zone belongs to another person than the front: the machine must not certify it
        assertThat(result.problems()).contains(RecognitionProblem.MRZ_MISMATCH);
    }

    private static String[] replace(String[] lines, String from, String to) {
        return java.util.Arrays.stream(lines).map(l -> l.replace(from, to)).toArray(String[]::new);
    }
}
