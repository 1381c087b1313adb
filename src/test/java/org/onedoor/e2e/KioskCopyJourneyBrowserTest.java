package org.onedoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onedoor.ecopy.ScanImages;
import org.onedoor.ecopy.internal.OfficerReview;
import org.onedoor.identity.Officers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The certified-copy kiosk in a real browser (headless Debian chromium): the card's QR code typed by the reader
 * into the focused field, the face photo (no camera in a headless browser: the file fallback), a scanned page, the
 * officer's approval, payment at the demo gateway, the copy issued with the progress page, delivered, and verified
 * on the public page its QR code opens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KioskCopyJourneyBrowserTest {

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @Autowired
    OfficerReview review;

    @Autowired
    Officers officers;

    @Autowired
    JdbcClient jdbc;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCitizenGetsACertifiedCopyAtTheKioskAndItVerifies() throws IOException {
        String name = "Đỗ Thị Mai " + UUID.randomUUID().toString().substring(0, 4);
        // 1. identify: the reader types the card's QR code into the focused field and presses Enter
        open("/kiosk/copies?kiosk=giaphu-1&lang=vi");
        WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("qr")));
        assertThat(browser.switchTo().activeElement()).isEqualTo(qr);
        qr.sendKeys("010195004321||" + name + "|12031995|Nữ|Thôn Phú Cường, xã Gia Phú, tỉnh Lào Cai|15082021\n");

        // 2. face photo from the file fallback
        WebElement photo = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("photo")));
        assertThat(browser.findElement(By.cssSelector(".kiosk-steps li.current")).getText()).contains("2");
        photo.sendKeys(write("face.png", ScanImages.facePng()).toString());
        browser.findElement(By.id("send")).click();

        // 3. the scanned original
        WebElement upload = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("files")));
        upload.sendKeys(write("giay-khai-sinh.png", ScanImages.a4Png("GIẤY KHAI SINH", "Họ và tên: " + name)).toString());
        browser.findElement(By.cssSelector("form[action$='/kiosk/copies/scan'] button[type=submit]")).click();

        // 4. an officer confirms the face and the document; the page, polling, offers to pay
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review")));
        UUID id = jdbc.sql("select id from ecopy.copy_request where full_name = :n").param("n", name).query(UUID.class).single();
        // the page may show "being checked" while recognition still runs: the officer approves what is in the queue
        wait.until(d -> "AWAITING_OFFICER_REVIEW".equals(jdbc.sql("select state from ecopy.copy_request where id = :id")
                .param("id", id).query(String.class).single()));
        assertThat(review.approve(officers.find("chuyenvien.giaphu").orElseThrow(), List.of(id)))
                .as("approved, request in state %s", jdbc.sql("select state from ecopy.copy_request where id = :id")
                        .param("id", id).query(String.class).single())
                .isEqualTo(1);
        // the result page polls (htmx) and reloads itself once the request has moved on
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pay"))).click();

        // 5. the demo gateway
        wait.until(ExpectedConditions.urlContains("/payment/demo/"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("pay"))).click();

        // 6. issued while the progress page waits, 7. delivered
        WebElement number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("certification-number")));
        String certificationNumber = number.getText();
        assertThat(certificationNumber).matches("[0-9]+/01/20[0-9]{2}/SCT/BS");
        String code = browser.findElement(By.id("copy-code")).getText();
        assertThat(browser.findElement(By.id("download")).getAttribute("href")).endsWith("/kiosk/copies/download");

        // the QR code's page: registered, signatures valid
        open("/verify/" + code + "?lang=vi");
        WebElement indication = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indication")));
        assertThat(indication.getText()).isEqualTo("Chữ ký hợp lệ");
        assertThat(browser.findElement(By.id("certification-number")).getText()).isEqualTo(certificationNumber);
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("??");
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = files.resolve(name);
        Files.write(file, content);
        return file;
    }
}
