package org.attache.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium driven through its chromedriver, with a fresh profile, plus the few things
 * the tests need around it: waits, script evaluation, alert detection and full-page screenshots saved
 * under {@code target/screenshots/} as build artefacts. Tests skip when Chromium is not installed (a
 * user's machine); {@code .ci/run} installs it, so they run in CI.
 */
final class Browser implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Browser.class);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension NARROW = new Dimension(375, 800);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether Chromium and its driver are installed where Debian puts them. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts headless Chromium with a fresh profile at the desktop size. */
    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("attache-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--user-data-dir=" + profile,
                    "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
            // leave any alert open so the XSS test can see it instead of Selenium dismissing it
            options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new AssertionError("cannot create a Chromium profile folder: " + e, e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Loads a URL and waits for the document to be complete. */
    void open(String url) {
        driver.get(url);
        waitFor(Duration.ofSeconds(10), () -> "complete".equals(script("return document.readyState")));
    }

    /** Runs a script in the page and returns its result. */
    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The element, waiting up to 10 s for it to appear. */
    WebElement find(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits until the condition holds; an assertion error naming the page when it never does. An element found by
     * the condition may go stale when the page it was on is replaced (a form's submit reloads the page): the
     * condition is then asked again.
     */
    void waitFor(Duration timeout, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, timeout).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("timed out after " + timeout + " on " + driver.getCurrentUrl(), e);
        }
    }

    /** The text of the open alert, or null when none is open. */
    String openAlert() {
        try {
            return driver.switchTo().alert().getText();
        } catch (NoAlertPresentException e) {
            return null;
        }
    }

    /** Width of the page's content beyond the viewport in CSS pixels (0 when nothing overflows sideways). */
    long horizontalOverflow() {
        Object overflow = script("return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"
                + " - document.documentElement.clientWidth");
        return ((Number) overflow).longValue();
    }

    /**
     * Saves a screenshot of the whole page (not only the viewport) at the given window size as
     * {@code target/screenshots/NAME.png}, through Chromium's own capture (DevTools
     * {@code Page.captureScreenshot} beyond the viewport, via chromedriver), capped at 8000 px high.
     */
    Path screenshot(String name, Dimension size) {
        driver.manage().window().setSize(size);
        // the whole window's width: capturing beyond the viewport lays the page out without its vertical
        // scroll bar, so the viewport's clientWidth (15 px less) would cut the right edge off every picture
        Number width = (Number) script("return window.innerWidth");
        Number height = (Number) script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width.intValue(),
                "height", Math.min(8000, height.intValue()), "scale", 1);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
        try {
            Path dir = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
            Files.createDirectories(dir);
            Path target = dir.resolve(name + ".png");
            Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
            return target;
        } catch (IOException e) {
            throw new AssertionError("cannot save screenshot " + name + ": " + e, e);
        }
    }

    /** Desktop (1280 px) and narrow (375 px) screenshots NAME-desktop.png and NAME-narrow.png; back at desktop size. */
    void screenshots(String name) {
        screenshot(name + "-desktop", DESKTOP);
        screenshot(name + "-narrow", NARROW);
        driver.manage().window().setSize(DESKTOP);
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.debug("Could not delete Chromium profile {}: {}", profile, e.toString());
            }
        }
    }
}
