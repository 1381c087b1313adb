package org.onedoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onedoor.border.GoodsDeclarations;
import org.onedoor.common.VietnamTime;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A driver declares a truck on the public vehicle page in headless chromium: a wrong plate comes back beside its
 * field with what was typed kept; corrected, the page shows the reference and its QR image.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class VehicleDeclarationBrowserTest {

    @LocalServerPort int port;
    @Autowired GoodsDeclarations goods;

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

    private void type(String id, String text) {
        WebElement e = browser.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** With the keyboard, as a phone's "Go" or a desktop user would: Enter on the focused submit button. */
    private void submit() {
        browser.findElement(By.cssSelector("#vehicle-form button[type=submit]")).sendKeys(org.openqa.selenium.Keys.ENTER);
    }

    @Test
    void aDriverCorrectsTheirPlateAndGetsTheReferenceAndQr() {
        browser.get("http://localhost:" + port + "/border/declare/vehicle?lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("vehicle-form")));
        browser.findElement(By.cssSelector("label[for=direction-ENTRY]")).click();
        type("plate", "81X");
        new Select(browser.findElement(By.id("vehicleType"))).selectByValue("TRUCK");
        browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("plannedDate")),
                LocalDate.now(VietnamTime.ZONE).plusDays(2).toString());
        type("driver-fullName", "Nguyễn Văn Bình");
        type("driver-documentNumber", "C1234567");
        type("driver-nationality", "VNM");
        submit();

        WebElement plateError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plate-error")));
        assertThat(plateError.getText()).contains("81X");
        assertThat(browser.findElement(By.id("driver-fullName")).getAttribute("value")).isEqualTo("Nguyễn Văn Bình");

        type("plate", "81C-123.45");
        submit();
        WebElement reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reference")));
        assertThat(reference.getText()).matches("BV-[0-9A-Z]{10}");
        Object qrWidth = browser.executeScript("return document.querySelector('main img').naturalWidth");
        assertThat(((Number) qrWidth).intValue()).isPositive();
        assertThat(goods.findVehicle(reference.getText())).get()
                .satisfies(v -> assertThat(v.plate()).isEqualTo("81C12345"));
    }
}
