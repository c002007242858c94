package jp.mamori.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium (Debian's chromium and chromium-driver, no driver download) for a whole test class.
 * Register it as a static field:
 *
 * <pre>{@code @RegisterExtension static final Browser browser = new Browser();}</pre>
 *
 * It finds the application's random port from the test's Spring context, starts the browser before the first test,
 * quits it after the last, and on a failing test saves a screenshot, the page source and the browser console under
 * {@code target/screenshots/<TestClass>/}. Waits are WebDriverWait conditions only: for PrimeFaces ajax,
 * {@link #waitForAjax()} waits until the PrimeFaces queue is empty and jQuery is idle.
 */
public class Browser implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {

  public static final Duration TIMEOUT = Duration.ofSeconds(20);

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  /** Selenium looks for a DevTools binding of Chromium's exact version; none is needed here, so no warning. */
  private static final Logger CDP_LOG =
      Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  static {
    CDP_LOG.setLevel(Level.SEVERE);
  }

  private ChromeDriverService service;
  private ChromeDriver driver;
  private Path userDataDir;
  private Path screenshotDir;
  private String baseUrl;
  private int shots;
  private final List<String> console = new ArrayList<>();
  private int consoleChecked;

  // ---------------------------------------------------------------------------------------------------- lifecycle

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    ApplicationContext spring = SpringExtension.getApplicationContext(context);
    baseUrl = "http://127.0.0.1:" + spring.getEnvironment().getRequiredProperty("local.server.port");
    screenshotDir = Path.of("target", "screenshots", context.getRequiredTestClass().getSimpleName());
    deleteRecursively(screenshotDir);
    Files.createDirectories(screenshotDir);
    userDataDir = Files.createTempDirectory("mamori-chromium-");

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1000", "--lang=ja", "--user-data-dir=" + userDataDir);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ja,ja-JP"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);

    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
        .usingAnyFreePort()
        .withLogOutput(OutputStream.nullOutputStream())
        // Chromium takes its UI locale (the order of a date input's segments) from the environment; it needs
        // Debian's chromium-l10n for Japanese, without it dates show as mm/dd/yyyy
        .withEnvironment(Map.of("LANG", "ja_JP.UTF-8", "LANGUAGE", "ja", "TZ", "Asia/Tokyo"))
        .build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    try {
      if (driver != null) {
        collectConsole();
        writeConsole();
        driver.quit();
      }
    } finally {
      driver = null;
      if (service != null) {
        service.stop();
      }
      deleteRecursively(userDataDir);
    }
  }

  /** A failing test leaves its evidence: what the page looked like, its HTML, and what the console said. */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    if (driver != null) {
      try {
        String name = "FAILED-" + context.getRequiredTestMethod().getName();
        Path png = screenshot(name);
        Files.writeString(png.resolveSibling(png.getFileName().toString().replace(".png", ".html")),
            "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
        collectConsole();
        writeConsole();
      } catch (RuntimeException | IOException e) {
        throwable.addSuppressed(e);
      }
    }
    throw throwable;
  }

  // ---------------------------------------------------------------------------------------------------- basics

  public WebDriver driver() {
    return driver;
  }

  public String baseUrl() {
    return baseUrl;
  }

  /** Opens a path of the application ("/tasks.xhtml") and waits for the page to load. */
  public void open(String path) {
    driver.get(baseUrl + path);
    waitForPage();
  }

  public WebElement find(By by) {
    return waitFor(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public List<WebElement> findAll(By by) {
    return driver.findElements(by);
  }

  public String title() {
    return driver.getTitle();
  }

  public String url() {
    return driver.getCurrentUrl();
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  // ---------------------------------------------------------------------------------------------------- waits

  public <T> T waitFor(ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, TIMEOUT).until(condition);
  }

  public <T> T waitFor(String message, ExpectedCondition<T> condition) {
    return new WebDriverWait(driver, TIMEOUT).withMessage(message).until(condition);
  }

  /** The document has loaded. */
  public void waitForPage() {
    waitFor("page load", d -> "complete".equals(script("return document.readyState")));
  }

  /** No PrimeFaces ajax request is queued or running and jQuery has nothing in flight. */
  public void waitForAjax() {
    waitFor("PrimeFaces ajax to finish", d -> Boolean.TRUE.equals(script(
        "return document.readyState === 'complete'"
            + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
            + " && (typeof PrimeFaces === 'undefined' || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  /** Waits until the body contains the text (e.g. a message after an ajax update or a redirect). */
  public void waitForText(String text) {
    waitFor("text \"" + text + "\" on " + driver.getCurrentUrl(),
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  public void waitForUrl(String fragment) {
    waitFor("URL containing " + fragment, ExpectedConditions.urlContains(fragment));
    waitForPage();
  }

  // ---------------------------------------------------------------------------------------------------- app

  /** Logs in through the login form and waits for the task list, where the login lands. */
  public void login(String user) {
    login(user, "demo");
    waitForUrl("/tasks.xhtml");
    waitForAjax();
  }

  /**
   * Fills in and submits the login form; the caller waits for whatever should follow. The login page is opened in
   * Japanese chosen explicitly, so a language another test left remembered for the user (ADR 0029) does not carry
   * over; {@link #loginIn(String, String, String)} logs in in another language.
   */
  public void login(String user, String password) {
    loginIn("ja", user, password);
  }

  /** Logs in from the login page in the given language ({@code ja}, {@code en}), which is then remembered. */
  public void loginIn(String language, String user, String password) {
    open("/login.xhtml?lang=" + language);
    WebElement name = find(By.id("username"));
    name.clear();
    name.sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("loginButton")).click();
  }

  /** Logs out with the header's button and waits for the login page's confirmation. */
  public void logout() {
    WebElement button = find(By.id("logout"));
    button.click();
    waitForUrl("/login.xhtml?logout");
  }

  // ---------------------------------------------------------------------------------------------------- evidence

  /** Saves a PNG of the viewport as target/screenshots/&lt;TestClass&gt;/&lt;nn&gt;-&lt;name&gt;.png and returns it. */
  public Path screenshot(String name) {
    try {
      Path file = screenshotDir.resolve(String.format("%02d-%s.png", ++shots, name));
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      collectConsole();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the whole page (not only the viewport) by growing the window to the document's height first. */
  public Path fullPageScreenshot(String name) {
    var window = driver.manage().window();
    var size = window.getSize();
    Number height = (Number) script("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
    try {
      window.setSize(new Dimension(size.getWidth(), Math.max(size.getHeight(), height.intValue() + 140)));
      return screenshot(name);
    } finally {
      window.setSize(size);
    }
  }

  /** Every console message seen so far (levels SEVERE and WARNING come first in each line). */
  public List<String> console() {
    collectConsole();
    return List.copyOf(console);
  }

  /** Console messages of level SEVERE: script errors, failed loads, Content-Security-Policy refusals. */
  public List<String> consoleErrors() {
    return console().stream().filter(l -> l.startsWith("SEVERE")).toList();
  }

  /**
   * Requests the server answered with an error status (4xx/5xx, except the missing favicon) since the last call:
   * a refused PrimeFaces ajax post shows nothing on the page, only here.
   */
  public List<String> newHttpErrors() {
    collectConsole();
    List<String> fresh = console.subList(consoleChecked, console.size()).stream()
        .filter(l -> l.startsWith("SEVERE") && l.contains("the server responded with a status of")
            && !l.contains("/favicon.ico"))
        .toList();
    consoleChecked = console.size();
    return fresh;
  }

  private void collectConsole() {
    try {
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        console.add(entry.getLevel() + " " + Instant.ofEpochMilli(entry.getTimestamp()) + " " + entry.getMessage());
      }
    } catch (RuntimeException e) {
      // the driver may not offer the log; the screenshots still tell the story
      if (console.stream().noneMatch(l -> l.startsWith("(log unavailable"))) {
        console.add("(log unavailable: " + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private void writeConsole() throws IOException {
    Files.write(screenshotDir.resolve("browser-console.log"), console, StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
