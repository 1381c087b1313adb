package org.onedoor.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the kiosk accepts as a receipt's QR code: the tracking URL of decision 0182, or a bare dossier code. */
class ReceiptQrTest {

    static final String CODE = "000.00.12.H23-251203-0042";

    @ParameterizedTest
    @ValueSource(strings = {
            "http://localhost:8080/track?code=000.00.12.H23-251203-0042",
            "https://onedoor.example.gov.vn/track?code=000.00.12.H23-251203-0042",
            "https://onedoor.example.gov.vn/portal/track?lang=vi&code=000.00.12.H23-251203-0042",
            "  000.00.12.H23-251203-0042\r\n",
            "000.00.12.H23-251203-0042"})
    void theTrackingUrlOrABareCodeGivesTheDossierCode(String scanned) {
        assertThat(ReceiptQr.code(scanned)).contains(CODE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "https://example.com/?code=000.00.12.H23-251203-0042",
            "https://onedoor.example.gov.vn/track", "https://onedoor.example.gov.vn/track?code=<script>",
            "001090012345|Nguyễn Văn A|12051990|Nam|Hà Nội|01012021", "abc", "WIFI:S:guest;T:WPA;P:secret;;"})
    void anythingElseIsNotAReceipt(String scanned) {
        assertThat(ReceiptQr.code(scanned)).isEmpty();
    }

    @Test
    void aPhotoOfTheQrCodeIsDecodedOnTheServer() throws Exception {
        byte[] png = QrCodes.png("http://localhost:8080/track?code=" + CODE, 400);
        assertThat(ReceiptQr.code(ReceiptQr.decode(png))).contains(CODE);
    }

    @ParameterizedTest
    @CsvSource({"not an image, UNREADABLE", "blank, NO_QR"})
    void aPhotoWithoutAReadableQrCodeSaysWhy(String kind, ReceiptQr.PhotoProblem problem) throws Exception {
        byte[] photo = kind.equals("blank") ? whitePng() : "hello".getBytes();
        assertThatThrownBy(() -> ReceiptQr.decode(photo))
                .isInstanceOfSatisfying(ReceiptQr.PhotoException.class, e -> assertThat(e.problem).isEqualTo(problem));
    }

    static byte[] whitePng() throws Exception {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 200; y++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
