package org.onedoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main journey in a real browser (headless Debian chromium): a citizen finds "Đăng ký tạm trú" without
 * typing diacritics, submits it online with two scanned papers and gets a receipt; the commune's desk officer,
 * specialist and leader take it through the workflow to the returned result; the citizen then sees the result
 * returned on the public tracking page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OnlineDossierJourneyBrowserTest {

    static final String COMMUNE_GIA_PHU = "000.00.31.H37";
    static final String ID_NUMBER = "010195004321";   // 010 = Lào Cai, 1 = female born 1900s, 95 = 1995

    @LocalServerPort
    int port;

    @TempDir
    Path scans;

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
    void citizenSubmitsOnlineAndOfficersTakeTheDossierToItsResult() throws IOException {
        // 1. the citizen searches without diacritics and opens the procedure
        open("/procedures?q=dang+ky+tam+tru&lang=vi");
        browser.findElement(By.partialLinkText("Đăng ký tạm trú")).click();
        wait.until(ExpectedConditions.titleContains("Đăng ký tạm trú"));
        browser.findElement(By.cssSelector("a[href*='/submit/']")).click();

        // 2. fills in the online form and uploads the two mandatory papers
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("applicant.idNumber")));
        type("applicant.idNumber", ID_NUMBER);
        type("applicant.name", "Lò Thị Hằng");
        browser.findElement(By.id("applicant.birthDate")).sendKeys("12031995");
        type("applicant.phone", "0912345678");
        type("applicant.email", "hang.lo@example.vn");
        type("applicant.address", "Thôn Phú Cường, xã Gia Phú, tỉnh Lào Cai");
        new Select(browser.findElement(By.id("receivingAgencyCode"))).selectByValue(COMMUNE_GIA_PHU);
        browser.findElement(By.id("file-TK01")).sendKeys(scan("to-khai.pdf").toString());
        browser.findElement(By.id("file-TP02")).sendKeys(scan("giay-to-cho-o.pdf").toString());
        click(browser.findElement(By.id("consent")));
        click(browser.findElement(By.cssSelector("form button[type=submit].btn-danger")));

        // 3. the receipt shows the official code of the receiving commune
        WebElement codeElement = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".od-code")));
        String code = codeElement.getText().trim();
        assertThat(code).matches(COMMUNE_GIA_PHU.replace(".", "\\.") + "-\\d{6}-\\d{4}");

        // 4. the desk officer receives it, the specialist forwards, the leader approves and signs, the desk returns
        actAs("motcua.giaphu", code, "RECEIVE");
        actAs("chuyenvien.giaphu", code, "FORWARD");
        actAs("lanhdao.giaphu", code, "APPROVE");
        actAs("lanhdao.giaphu", code, "SIGN");
        actAs("motcua.giaphu", code, "RETURN_RESULT");

        // 5. the citizen tracks it with the code and the ID number
        open("/track?lang=vi");
        type("code", code);
        type("secret", ID_NUMBER);
        click(browser.findElement(By.cssSelector("form button[type=submit]")));
        WebElement result = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-title")));
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(result.getText()).contains(code);
        assertThat(page).contains("Đã trả kết quả");
    }

    private void actAs(String username, String code, String action) {
        open("/login?lang=vi");
        type("username", username);
        type("password", "Demo@2026");
        click(browser.findElement(By.cssSelector("form button[type=submit]")));
        wait.until(ExpectedConditions.urlContains("/workspace"));
        open("/workspace/dossiers/" + code + "?lang=vi");
        WebElement form = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[data-action='" + action + "']")));
        click(form.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.stalenessOf(form));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .as("%s after %s by %s", code, action, username).doesNotContain("??");
        WebElement logout = browser.findElement(By.cssSelector("form[action$='/logout'] button"));
        click(logout);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/workspace")));
    }

    private void open(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center', behavior:'instant'})", element);
        element.click();
    }

    private Path scan(String name) throws IOException {
        String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                + "trailer<</Root 1 0 R>>\n%%EOF\n";
        return Files.writeString(scans.resolve(name), pdf, StandardCharsets.ISO_8859_1);
    }

}
