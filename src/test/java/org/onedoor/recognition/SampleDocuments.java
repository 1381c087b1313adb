package org.onedoor.recognition;

import java.util.List;

import org.onedoor.recognition.PageRenderer.Line;
import org.onedoor.recognition.PageRenderer.Page;

/** The mock originals the OCR tests read, rendered once per test JVM (made-up people and numbers). */
final class SampleDocuments {

    /** A birth certificate (Giấy khai sinh) on A4 at 300 dpi. */
    static final Page BIRTH_CERTIFICATE = PageRenderer.render(List.of(
            Line.title("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13),
            Line.title("Độc lập - Tự do - Hạnh phúc", 13),
            Line.body("", 12),
            Line.body("Số: 123/2015", 12),
            Line.title("GIẤY KHAI SINH", 18),
            Line.body("", 12),
            Line.body("Họ, chữ đệm, tên: NGUYỄN VĂN BÌNH", 12),
            Line.body("Ngày, tháng, năm sinh: 01/01/2015", 12),
            Line.body("Giới tính: Nam      Dân tộc: Kinh      Quốc tịch: Việt Nam", 12),
            Line.body("Nơi sinh: Bệnh viện Phụ sản Hà Nội", 12),
            Line.body("Quê quán: xã Đông Hội, huyện Đông Anh, thành phố Hà Nội", 12),
            Line.body("Số định danh cá nhân: 001215012345", 12),
            Line.body("Họ, chữ đệm, tên người mẹ: TRẦN THỊ HOA", 12),
            Line.body("Họ, chữ đệm, tên người cha: NGUYỄN VĂN HÙNG", 12),
            Line.body("Nơi đăng ký khai sinh: Ủy ban nhân dân phường Hàng Bạc, quận Hoàn Kiếm", 12),
            Line.body("Ngày, tháng, năm đăng ký: 05/01/2015", 12)), 210, 297, 20, 300);

    /** The front of a 2021 chip citizen ID card (85.6 × 54 mm) at 300 dpi, without the photo. */
    static final Page ID_CARD_FRONT = PageRenderer.render(List.of(
            Line.title("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 6.5f),
            Line.title("Độc lập - Tự do - Hạnh phúc", 6.5f),
            Line.title("CĂN CƯỚC CÔNG DÂN", 10),
            Line.title("Citizen Identity Card", 6.5f),
            Line.strong("Số / No.: 001190012345", 8),
            Line.body("Họ và tên / Full name:", 6.5f),
            Line.strong("NGUYỄN THỊ MINH ANH", 8),
            Line.body("Ngày sinh / Date of birth: 15/03/1990", 6.5f),
            Line.body("Giới tính / Sex: Nữ   Quốc tịch / Nationality: Việt Nam", 6.5f),
            Line.body("Quê quán / Place of origin: Hoàn Kiếm, Hà Nội", 6.5f),
            Line.body("Có giá trị đến / Date of expiry: 15/03/2030", 6.5f)), 85.6, 54, 4, 300);

    /** The same card front through a noisy scanner. */
    static final Page ID_CARD_FRONT_SCANNED = PageRenderer.scanned(ID_CARD_FRONT, 42);

    private SampleDocuments() {
    }
}
