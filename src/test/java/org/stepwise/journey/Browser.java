package org.stepwise.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium, used the way a member of staff uses Stepwise: through links, forms and buttons.
 * Only the system's browser and driver are used, so nothing is ever downloaded by Selenium Manager.
 */
final class Browser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1280;

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private String baseUrl;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        // Generous because CI machines are slow; waits end as soon as the page is ready.
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    static Browser start() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String missing = "Browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + ". Install them with: apt-get install chromium chromium-driver";
            if (required()) {
                throw new IllegalStateException(missing);
            }
            // A developer's machine with only a JDK still runs every other test; CI never skips.
            System.err.println("WARNING: skipping browser tests. " + missing);
            Assumptions.abort(missing);
        }
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        Path profile = temporaryDirectory();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /** In CI (CI=true) or with -Dstepwise.browser-tests=required, a missing browser fails the build. */
    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "required".equalsIgnoreCase(System.getProperty("stepwise.browser-tests"));
    }

    void quit() {
        try {
            driver.quit();
        } finally {
            deleteRecursively(profile);
        }
    }

    /** Starts a test from nothing: no session, on the server under test. */
    void reset(int port) {
        baseUrl = "http://localhost:" + port;
        open("/sign-in");
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForPage();
    }

    void openHref(String href) {
        open(href);
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    void signIn(String username, String password) {
        open("/sign-in");
        type("username", username);
        type("password", password);
        press("sign-in");
    }

    void signOut() {
        submitAndWait(driver.findElement(By.cssSelector("form[action='/sign-out'] button")));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    String text(String id) {
        return byId(id).getText();
    }

    String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String value(String id) {
        return byId(id).getDomProperty("value");
    }

    boolean isPresent(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a radio button or checkbox by clicking its label, as a person would. */
    void choose(String inputId) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='" + inputId + "']"))).click();
    }

    void selectByValue(String id, String value) {
        new Select(byId(id)).selectByValue(value);
    }

    /** Selects the first option whose text starts with the prefix and returns that option's full text. */
    String selectStartingWith(String id, String prefix) {
        Select select = new Select(byId(id));
        WebElement option = select.getOptions().stream()
                .filter(o -> o.getText().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No option starting with '" + prefix + "' in #" + id));
        option.click();
        return option.getText();
    }

    /** Clicks the button or link with this id and waits for the page it leads to. */
    void press(String id) {
        submitAndWait(byId(id));
    }

    void follow(String linkText) {
        submitAndWait(wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))));
    }

    void followWithin(String containerId, String linkText) {
        submitAndWait(byId(containerId).findElement(By.partialLinkText(linkText)));
    }

    /** Waits until Chart.js has drawn a chart on the canvas, proving the page's script ran under its CSP. */
    boolean chartDrawn(String canvasDataId) {
        JavascriptExecutor js = driver;
        String check = "const c = document.querySelector(\"canvas[data-chart='" + canvasDataId + "']\");"
                + " return !!(c && window.Chart && window.Chart.getChart(c));";
        try {
            return wait.until(d -> (Boolean) js.executeScript(check));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Saves the whole page from the top, not only what fits the window, so reviewers see it as staff would. */
    void screenshot(String name) {
        JavascriptExecutor js = driver;
        js.executeScript("window.scrollTo(0, 0)");
        long height = ((Number) js.executeScript(
                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight")).longValue();
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(height, 10_000)));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.move(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    private void submitAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        wait.until(d -> replaced(page));
        waitForPage();
    }

    /**
     * Whether the page the element belonged to has gone. While the old document is being torn down, Chromium can
     * report its nodes as "not belonging to the document" instead of stale; both mean the same here.
     */
    private static boolean replaced(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("stepwise-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover profile in the temporary directory harms nothing.
        }
    }
}
