package org.onedoor.ecopy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onedoor.ecopy.ScanImages;
import org.onedoor.scan.ScanArrived;
import org.onedoor.storage.FileStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** A file dropped into a kiosk's scanner folder feeds the request waiting at that kiosk, and is recognised. */
@SpringBootTest
@ActiveProfiles("test")
class ScannerFeedIntegrationTest {

    @Autowired ScannerFeed feed;
    @Autowired KioskJourney journey;
    @Autowired CopyRequests requests;
    @Autowired FileStore files;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    KioskJourney.Started waitingAtGiaPhu() {
        KioskJourney.Started s = journey.start("giaphu-1", new Identification("010195004321", "Lò Thị Hằng",
                LocalDate.of(1995, 3, 12), "FEMALE", "MANUAL"), null, null, "vi", null);
        journey.authenticate(s.id(), s.token(), ScanImages.facePng());
        return s;
    }

    CopyRequest await(KioskJourney.Started s, RequestState state) throws InterruptedException {
        long until = System.currentTimeMillis() + 60_000;
        CopyRequest r = requests.find(s.id()).orElseThrow();
        while (r.state() != state && System.currentTimeMillis() < until) {
            Thread.sleep(200);
            r = requests.find(s.id()).orElseThrow();
        }
        return r;
    }

    @Test
    void theScanGoesToTheRequestWaitingAtThatKioskAndIsRecognised() throws Exception {
        KioskJourney.Started s = waitingAtGiaPhu();
        String sha = files.put(new ByteArrayInputStream(ScanImages.a4Png("GIẤY CHỨNG NHẬN", "Lò Thị Hằng"))).sha256();

        feed.on(new ScanArrived("giaphu-1", sha, "scan-0001.png"));   // the listener runs asynchronously

        CopyRequest r = await(s, RequestState.AWAITING_OFFICER_REVIEW);
        assertThat(r.scanSha256()).hasSize(1);
        assertThat(r.originalFileNames()).containsExactly("scan-0001.png");
        assertThat(r.state()).isEqualTo(RequestState.AWAITING_OFFICER_REVIEW);   // recognised; the face waits for an officer
        assertThat(r.documentType()).isNotNull();

        // delivered again after a crash: the request is no longer waiting, nothing changes
        feed.on(new ScanArrived("giaphu-1", sha, "scan-0001.png"));
        Thread.sleep(2000);
        assertThat(requests.find(s.id()).orElseThrow().version()).isEqualTo(r.version());
    }

    @Test
    void abandonedSessionsExpireButNotOneWhoseCitizenIsAtThePaymentGateway() {
        KioskJourney.Started abandoned = waitingAtGiaPhu();
        KioskJourney.Started paying = waitingAtGiaPhu();
        jdbc.sql("update ecopy.copy_request set state = 'RECOGNISED', payment_order_id = :o where id = :id")
                .param("o", "PAY-" + paying.id()).param("id", paying.id()).update();
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofHours(1));

        requests.expire(later);

        assertThat(requests.find(abandoned.id()).orElseThrow().state()).isEqualTo(RequestState.EXPIRED);
        assertThat(requests.find(paying.id()).orElseThrow().state()).isEqualTo(RequestState.RECOGNISED);
    }

    @Test
    void aFileTheIntakeRefusesLeavesTheRequestWaiting() throws Exception {
        KioskJourney.Started s = waitingAtGiaPhu();
        String sha = files.put(new ByteArrayInputStream("not a scan".getBytes(StandardCharsets.UTF_8))).sha256();

        feed.on(new ScanArrived("giaphu-1", sha, "notes.txt"));
        Thread.sleep(2000);

        assertThat(requests.find(s.id()).orElseThrow().state()).isEqualTo(RequestState.AWAITING_FACE_REVIEW);
    }
}
