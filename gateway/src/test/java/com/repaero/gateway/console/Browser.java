package com.repaero.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never a downloaded one) with a fixed
 * viewport, for the console's browser tests. Skips the test when Chromium is not installed.
 */
public final class Browser implements AutoCloseable {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** A browser whose page area is exactly width × height CSS pixels (1024×768: iPad landscape). */
    public static Browser open(int width, int height) {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
                "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver are not installed "
                        + "(apt-get install -y chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return new Browser(driver);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void go(String url) {
        driver.get(url);
    }

    public WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    public boolean has(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    /** Sets an input's value as a date picker would (its keyboard format depends on the browser's language). */
    public void setValue(String css, String value) {
        driver.executeScript("arguments[0].value = arguments[1];", find(css), value);
    }

    public void waitForUrl(String prefix) {
        wait.until(d -> d.getCurrentUrl().startsWith(prefix));
    }

    /** Logs in on Keycloak's own login page (the browser must be on it). */
    public void logInOnKeycloak(String username, String password) {
        type("#username", username);
        type("#password", password);
        find("#kc-login").click();
    }

    public Object script(String javascript, Object... args) {
        return driver.executeScript(javascript, args);
    }

    /** No horizontal scrolling: the page is not wider than the viewport. */
    public void assertNoHorizontalScroll() {
        Number scrollWidth = (Number) script("return document.documentElement.scrollWidth;");
        Number viewport = (Number) script("return window.innerWidth;");
        assertThat(scrollWidth.intValue()).as("page width vs viewport on %s", driver.getCurrentUrl())
                .isLessThanOrEqualTo(viewport.intValue());
    }

    /** Every visible link, button and field is at least 44 CSS pixels high (touch target). */
    public void assertTouchTargets() {
        Object small = script(
                """
                        return Array.from(document.querySelectorAll('main a.button, main button, main input, header a, header button'))
                          .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)
                          .map(e => e.outerHTML.substring(0, 80));""");
        assertThat((Iterable<?>) small).as("touch targets under 44 px on %s", driver.getCurrentUrl()).isEmpty();
    }

    /**
     * Every visible field has a label a screen reader announces (label[for], a wrapping label, aria-label or
     * aria-labelledby), every button and link has a name, and the skip link leads to the main content.
     */
    public void assertAccessibleNames() {
        Object unnamed = script(
                """
                        const visible = e => e.offsetParent !== null && e.type !== 'hidden';
                        const labelled = e => (e.id && document.querySelector('label[for="' + CSS.escape(e.id) + '"]'))
                          || e.closest('label') || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
                        const named = e => (e.textContent || '').trim() || e.getAttribute('aria-label')
                          || e.getAttribute('title') || (e.type === 'submit' && e.value) || e.querySelector('img[alt]');
                        return Array.from(document.querySelectorAll('input, select, textarea')).filter(visible)
                            .filter(e => !labelled(e)).map(e => 'field ' + e.outerHTML.substring(0, 80))
                          .concat(Array.from(document.querySelectorAll('a[href], button')).filter(visible)
                            .filter(e => !named(e)).map(e => 'control ' + e.outerHTML.substring(0, 80)))
                          .concat(document.querySelector('a.skip-link[href="#main"]') && document.getElementById('main')
                            ? [] : ['no skip link to #main']);""");
        assertThat((Iterable<?>) unnamed).as("unnamed fields and controls on %s", driver.getCurrentUrl()).isEmpty();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
