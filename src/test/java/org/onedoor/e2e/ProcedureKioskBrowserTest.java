package org.onedoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.catalog.Channel;
import org.onedoor.dossier.Applicant;
import org.onedoor.dossier.ApplicantType;
import org.onedoor.dossier.DossierIntake;
import org.onedoor.dossier.SubmissionRequest;
import org.onedoor.forms.OfficialForms;
import org.onedoor.queue.Queues;
import org.onedoor.queue.Ticket;
import org.onedoor.queue.TicketAction;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The procedure look-up kiosk and the statistics page in a real browser (headless Debian chromium): the on-screen
 * keyboard drives the live search, a keyboard-wedge scanner types the receipt's URL into the focused field and
 * presses Enter, the keypad enters the secret, the inactivity timeout returns home; the manager's charts draw.
 * Screenshots go to target/screenshots for a human look.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcedureKioskBrowserTest {

    @LocalServerPort int port;
    @Autowired DossierIntake intake;
    @Autowired OfficialForms forms;
    @Autowired Queues queues;
    @Autowired JdbcClient jdbc;

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

    @Test
    void searchByOnScreenKeyboardThenCheckADossierByScanningItsReceipt() throws Exception {
        open("/kiosk/procedures?centre=000.00.31.H24&lang=vi");
        for (String key : List.of("k", "h", "a", "i", " ", "s", "i", "n", "h")) {
            click(browser.findElement(By.cssSelector("#kiosk-keyboard [data-key='" + key + "']")));
        }
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("khai sinh");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Đăng ký khai sinh"));
        new Select(browser.findElement(By.id("sector"))).selectByValue("CU_TRU");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Không tìm thấy"));
        new Select(browser.findElement(By.id("sector"))).selectByValue("HO_TICH");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Đăng ký khai sinh"));
        shot("kiosk-search");
        click(browser.findElement(By.cssSelector("#results a[href*='/kiosk/procedures/1.001193']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("papers")));
        shot("kiosk-procedure");
        click(browser.findElement(By.id("print-checklist")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("print-now")));
        assertThat(browser.findElements(By.cssSelector(".checkbox-box"))).isNotEmpty();
        shot("kiosk-checklist");

        String code = intake.submit(new SubmissionRequest("1.004194", new Applicant(ApplicantType.CITIZEN,
                "001090012345", null, "Nguyễn Văn Công", LocalDate.of(1990, 5, 12), "0912345678", null, null),
                Channel.ONLINE, "000.00.31.H37", null, List.of(), "vi"), null).code();
        click(browser.findElement(By.linkText("Tra cứu hồ sơ của tôi")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("scan-form")));
        // the wedge scanner types into whatever has the focus, then Enter
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("qr");
        browser.switchTo().activeElement().sendKeys(forms.trackingUrl(code) + Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("secret-form")));
        assertThat(browser.findElement(By.id("scanned-code")).getText()).isEqualTo(code);
        for (char digit : "001090012345".toCharArray()) {
            click(browser.findElement(By.cssSelector(".kiosk-keypad [data-key='" + digit + "']")));
        }
        click(browser.findElement(By.cssSelector("#secret-form button[type=submit]")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking")));
        assertThat(browser.findElement(By.id("tracking")).getText()).contains("Nguyễn Văn Công", code);
        shot("kiosk-status");

        // nobody touches the screen: the dialog asks, then the kiosk goes home and the dossier is gone
        ((JavascriptExecutor) browser).executeScript("""
                var t = document.getElementById('kiosk-idle');
                t.setAttribute('data-idle-seconds', '1'); t.setAttribute('data-countdown-seconds', '2');
                document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift'}));""");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle-dialog")));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("kiosk-idle-stay");
        wait.until(ExpectedConditions.urlMatches("/kiosk/procedures\\?centre=000.00.31.H24&lang=vi$"));
        assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Nguyễn Văn Công");

        // a visitor who switched to English leaves: the next one finds the kiosk in Vietnamese again
        click(browser.findElement(By.linkText("English")));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        ((JavascriptExecutor) browser).executeScript("""
                var t = document.getElementById('kiosk-idle');
                t.setAttribute('data-idle-seconds', '1'); t.setAttribute('data-countdown-seconds', '1');
                document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift'}));""");
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tìm thủ tục");
    }

    @Test
    void theManagersStatisticsPageDrawsItsCharts() throws Exception {
        String centre = "000.00.20.H37";   // quanly.laocai's centre
        long line = jdbc.sql("""
                        insert into queue.queue_line (centre, prefix, name_vi, name_en, name_id, priority_every)
                        values (:c, 'S', 'Thống kê', 'Statistics', 'Statistik', 3)
                        on conflict (centre, prefix) do update set name_vi = excluded.name_vi returning id""")
                .param("c", centre).query(Long.class).single();
        for (int i = 0; i < 4; i++) {
            queues.issue(centre, line, null);
        }
        Ticket called = queues.callNext(centre, "1", "motcua.laocai", List.of(line)).orElseThrow();
        queues.act(centre, called.id(), TicketAction.DONE, "motcua.laocai");

        open("/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("quanly.laocai");
        browser.findElement(By.id("password")).sendKeys("Demo@2026");
        click(browser.findElement(By.cssSelector("form button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("/workspace"));
        open("/queue/" + centre + "/statistics?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-lines svg")));
        WebElement table = browser.findElement(By.id("table-lines"));
        assertThat(table.getText()).contains("S");
        assertThat(browser.findElements(By.cssSelector("#chart-hours svg, #chart-counters svg"))).hasSize(2);
        Thread.sleep(500);   // let the bars finish growing for the screenshot
        shot("queue-statistics");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'start', behavior:'instant'})", table);
        shot("queue-statistics-tables");
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
        element.click();
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
