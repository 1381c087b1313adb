package org.onedoor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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
 * The demo centre manager of Phường Hoàn Kiếm signs in, goes from the statistics page to the floor settings, types a
 * word instead of the service-level target (the error shows next to the field), then a number, and saves it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FloorSettingsBrowserTest {

    static final String HOAN_KIEM = "000.00.31.H24";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ChromeDriver browser;

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
        // the demo centre goes back to the installation's default target (other tests read its figures)
        jdbc.sql("delete from queue.centre_setting where centre = :c").param("c", HOAN_KIEM).update();
    }

    @Test
    void theCentreManagerChangesTheServiceLevelTarget() {
        browser = Browser.start();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        browser.get("http://localhost:" + port + "/login?lang=en");
        browser.findElement(By.id("username")).sendKeys("quanly.hoankiem");
        browser.findElement(By.id("password")).sendKeys("Demo@2026" + Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));

        browser.get("http://localhost:" + port + "/queue/" + HOAN_KIEM + "/statistics");
        browser.findElement(By.id("settings-link")).click();
        wait.until(ExpectedConditions.urlContains("/settings"));
        assertThat(browser.findElement(By.id("lines")).getText()).contains("A", "B", "C");

        WebElement target = browser.findElement(By.id("targetWaitMinutes"));
        target.clear();
        target.sendKeys("twenty");
        browser.findElement(By.id("save-centre")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("targetWaitMinutes-error")));
        assertThat(browser.findElement(By.id("targetWaitMinutes-error")).getText()).isEqualTo("Enter a whole number.");

        target = browser.findElement(By.id("targetWaitMinutes"));
        target.clear();
        target.sendKeys("12" + Keys.ENTER);   // the keyboard submits the form
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("targetWaitMinutes")).getAttribute("value")).isEqualTo("12");
        assertThat(jdbc.sql("select target_wait_minutes from queue.centre_setting where centre = :c")
                .param("c", HOAN_KIEM).query(Integer.class).single()).isEqualTo(12);
    }
}
