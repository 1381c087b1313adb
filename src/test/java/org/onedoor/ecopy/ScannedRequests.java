package org.onedoor.ecopy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.onedoor.ecopy.internal.CopyRequest;
import org.onedoor.ecopy.internal.CopyRequests;
import org.onedoor.ecopy.internal.Identification;
import org.onedoor.ecopy.internal.KioskJourney;
import org.onedoor.ecopy.internal.KioskPayment;
import org.onedoor.ecopy.internal.KioskRecognition;
import org.onedoor.ecopy.internal.OfficerReview;
import org.onedoor.ecopy.internal.RequestState;
import org.onedoor.identity.Officers;
import org.onedoor.payment.PaymentConfirmed;
import org.onedoor.scan.ScannedPage;

/** Takes kiosk requests through the services: identified, photographed and scanned; then recognised and paid. */
public record ScannedRequests(KioskJourney journey, KioskRecognition recognition, OfficerReview review,
                              KioskPayment payment, Officers officers, CopyRequests requests) {

    /** A request at kiosk hoankiem-1 with a two-page (A4, 200 dpi) original scanned. */
    public UUID scanned(String name) throws Exception {
        KioskJourney.Started s = journey.start("hoankiem-1", new Identification("001090012345", name,
                LocalDate.of(1990, 5, 12), "MALE", "MANUAL"), null, null, "vi", null);
        journey.authenticate(s.id(), s.token(), ScanImages.facePng());
        List<ScannedPage> pages = List.of(page(ScanImages.a4Png("GIẤY KHAI SINH", "Họ và tên: " + name, "Ngày sinh: 12/05/1990")),
                page(ScanImages.a4Png("Trang 2", "Nơi đăng ký: Phường Hoàn Kiếm")));
        journey.scanned(s.id(), s.token(), pages, List.of("p1.png", "p2.png"));
        return s.id();
    }

    /** Recognition (the machine's OCR). */
    public CopyRequest recognise(UUID id) {
        return recognition.recogniseScanned(id);
    }

    /** The officer's approval when the machine asked for it, then the gateway's confirmation of the fee. */
    public void approveAndPay(UUID id) {
        CopyRequest r = requests.find(id).orElseThrow();
        if (r.state() == RequestState.AWAITING_OFFICER_REVIEW) {
            review.approve(officers.find("chuyenvien.hoankiem").orElseThrow(), List.of(id));
        }
        payment.confirmed(new PaymentConfirmed("bench-" + id, "ecopy:" + id, 2000, "TEST"));
    }

    static ScannedPage page(byte[] png) throws Exception {
        return new ScannedPage(ImageIO.read(new ByteArrayInputStream(png)), 200, 200, ScannedPage.Resolution.ASSUMED_A4);
    }
}
