package org.socialprotection.map.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The running app in headless Chromium (Debian's chromium and chromedriver, never a downloaded browser). Every test
 * fails on any console error or failed request the browser logs. Browser tests have their own in-memory database,
 * so the records they commit never reach the other tests.
 */
@ExtendWith(BrowserAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// every browser test sends from 127.0.0.1: the limit of submissions an address may send is not what they test
@TestPropertySource(properties = {"spring.datasource.url=jdbc:h2:mem:spmap-browser;DB_CLOSE_DELAY=-1",
        "spmap.media.location=target/browser-media", "spmap.contribute.per-address-per-hour=1000"})
public abstract class BrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    protected static WebDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        driver = newDriver();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @BeforeEach
    void clearLogs() {
        driver.manage().deleteAllCookies();
        driver.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void failOnConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()).toList();
        assertThat(errors).as("console errors").isEmpty();
    }

    /** A fresh Chromium with an empty profile, so that nothing is cached between runs. */
    protected static WebDriver newDriver() throws Exception {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("spmap-chromium"),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
                "--disable-features=NetworkTimeServiceQuerying,MediaRouter,OptimizationHints,Translate");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).build();
        return new ChromeDriver(service, options);
    }

    /** The password of the accounts {@link #signIn} creates. */
    protected static final String PASSWORD = "a-long-enough-password";

    @org.springframework.beans.factory.annotation.Autowired
    private org.socialprotection.map.account.AccountService accounts;

    /** Signs in through the login form, as a person would; the account is created on first use. */
    protected void signIn(String username, org.socialprotection.map.account.Role role) {
        if (accounts.all().stream().noneMatch(a -> a.getUsername().equals(username))) {
            accounts.create(username, PASSWORD, role, false);
        }
        open("/login");
        driver.findElement(org.openqa.selenium.By.name("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.name("password")).sendKeys(PASSWORD);
        driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit]")).click();
        waitUntil(d -> d.getCurrentUrl().endsWith("/workspace"));
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebElement waitFor(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    protected List<WebElement> waitForAll(String css) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(css)));
    }

    /**
     * Clicks the first element the selector finds, finding it again if the page's scripts redraw it meanwhile;
     * returns the value of {@code attribute} of the element clicked.
     */
    protected String click(String css, String attribute) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
                .until(d -> {
                    try {
                        WebElement element = d.findElement(By.cssSelector(css));
                        String value = attribute == null ? "" : element.getAttribute(attribute);
                        element.click();
                        return value;
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (e instanceof org.openqa.selenium.StaleElementReferenceException
                                || e instanceof org.openqa.selenium.ElementClickInterceptedException
                                || e instanceof org.openqa.selenium.NotFoundException) throw e;
                        if (replacedWhileRead(e)) return null;
                        throw e;
                    }
                });
    }

    /**
     * Waits for the condition, asking again when the page replaced an element while it was being read. While a
     * form's answer loads, Chromium may also report the old page's node as "not belonging to the document"
     * (an unknown error, not a stale element): that too is asked again; the wait's timeout still fails the test
     * and carries the last error.
     */
    protected void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    try {
                        return condition.apply(d);
                    } catch (org.openqa.selenium.WebDriverException e) {
                        if (replacedWhileRead(e)) return false;
                        throw e;
                    }
                });
    }

    private static boolean replacedWhileRead(org.openqa.selenium.WebDriverException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("does not belong to the document") || message.contains("No node with given id")
                || message.contains("Cannot find context with specified id");
    }

    protected Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** How many observations the map shows: the counts of its clusters plus its single points. */
    protected int observationsOnMap() {
        return ((Number) script("return [...document.querySelectorAll('.spmap-cluster')]"
                + ".reduce((n, c) => n + Number(c.textContent.replace(/\\D/g, '')), 0)"
                + " + document.querySelectorAll('.spmap-marker').length")).intValue();
    }

    /** Whether anything on the page reaches past the right edge of the window, so that the page scrolls sideways. */
    protected boolean widerThanTheScreen() {
        return (Boolean) script("return document.documentElement.scrollWidth > window.innerWidth");
    }

    /** The page as it is now, as a PNG for the README; the file's folder is made if need be. */
    protected void screenshot(String path) throws java.io.IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        java.nio.file.Path target = java.nio.file.Path.of(path);
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, png);
    }

    /** Runs axe-core on the current page; returns the serious and critical violations. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> seriousAccessibilityViolations() throws Exception {
        try (var in = BrowserTest.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            script(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        Map<String, Object> results = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document).then(r => done({violations: r.violations.map(v => "
                        + "({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))}));");
        return ((List<Map<String, Object>>) results.get("violations")).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    }
}
