package org.onedoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.border.WatchList;
import org.onedoor.iddocument.Mrz;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The border guard's clearance screen in headless chromium: the passport reader types the MRZ like a keyboard wedge
 * (line, Enter, line, Enter), the checks appear, F2 clears the passenger and the day's counter moves; a listed person
 * shows the watch-list hit with its score.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BorderClearanceBrowserTest {

    static final String GATE = "000.00.40.H21";

    @LocalServerPort int port;
    @Autowired WatchList watchList;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    static String[] passport(String names, String nationality, String number, String dob) {
        String line1 = (("P<" + nationality + names) + "<".repeat(44)).substring(0, 44);
        String personal = "<".repeat(14);
        String expiry = "350101";
        String data = number + Mrz.checkDigit(number);
        String d = dob + Mrz.checkDigit(dob);
        String x = expiry + Mrz.checkDigit(expiry);
        String composite = data + d + x + personal + "<";
        return new String[] {line1, data + nationality + d + "M" + x + personal + "<" + Mrz.checkDigit(composite)};
    }

    void login() {
        login("bienphong.lethanh");
        browser.get("http://localhost:" + port + "/border/" + GATE + "/clearance?lang=vi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scan-form")));
    }

    void login(String user) {
        browser.get("http://localhost:" + port + "/login?lang=vi");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("Demo@2026" + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @Test
    void theStationCommanderSeesTheStatisticsChart() throws Exception {
        login("chihuy.lethanh");
        browser.get("http://localhost:" + port + "/border/" + GATE + "/statistics?lang=vi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-days canvas")));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("lượt");
        assertThat(browser.findElement(By.id("export-csv")).getAttribute("href")).contains("/statistics.csv");
        assertThat(browser.findElement(By.id("vehicles-goods")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("??");
        shot("border-statistics");
    }

    void wedge(String[] lines) {
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("scan");
        for (String line : lines) {
            browser.switchTo().activeElement().sendKeys(line + Keys.ENTER);
        }
    }

    void shot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void guardTypesTheMrzLikeAWedgeReaderSeesTheChecksAndClears() throws Exception {
        login();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("direction"))).selectByValue("EXIT");
        long before = Long.parseLong(browser.findElement(By.id("count-CLEAR")).getText());
        browser.findElement(By.id("scan")).click();
        wedge(passport("DINH<<VAN<BAO", "VNM", "C4455667<", "860412"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checks")));
        assertThat(browser.findElement(By.id("check-document")).getText()).contains("Giấy tờ hợp lệ");
        assertThat(browser.findElement(By.id("check-watchlist")).getText()).contains("Không có trong danh sách cảnh báo");
        assertThat(browser.findElement(By.id("check-declaration")).getText()).contains("Không có tờ khai trước");
        shot("border-clearance-checks");
        browser.findElement(By.tagName("body")).sendKeys(Keys.F2);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("decided")));
        assertThat(browser.findElement(By.id("decided")).getText()).contains("DINH VAN BAO", "Cho qua");
        assertThat(Long.parseLong(browser.findElement(By.id("count-CLEAR")).getText())).isEqualTo(before + 1);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("scan");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("??");
    }

    @Test
    void aListedPersonShowsTheWatchListHitWithItsScore() throws Exception {
        watchList.add("Hồ Văn Quang", java.time.LocalDate.of(1979, 7, 7), "VNM", "Truy nã", "test");
        login();
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("direction"))).selectByValue("EXIT");
        browser.findElement(By.id("scan")).click();
        wedge(passport("HO<<VAN<QUANG", "VNM", "C9988776<", "790707"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("checks")));
        String hit = browser.findElement(By.id("check-watchlist")).getText();
        assertThat(hit).contains("Danh sách cảnh báo: 1", "Hồ Văn Quang – 1,00", "Truy nã");
        assertThat(browser.findElement(By.id("suggestion")).getText()).isEqualTo("Kiểm tra bổ sung");
        shot("border-clearance-watchlist");
    }
}
