package fi.opeverkko.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's, with its own driver: nothing is downloaded) with a fresh
 * profile, Finnish as the browser language, and the steps a person takes: sign in on the Keycloak
 * page, click, read.
 */
public final class Browser implements AutoCloseable {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final String DEMO_PASSWORD = "demo";

  /**
   * How often a wait looks again. With Selenium's default of half a second every wait after a click
   * that updates the page lost up to that much; a look costs a few milliseconds.
   */
  private static final Duration POLL = Duration.ofMillis(50);

  /** How long a page that moved under a click is given to stand still. */
  private static final Duration SETTLE = Duration.ofMillis(200);

  /**
   * Browsers whose test is over, still signed in, by login: the next test that signs in as the same
   * person gets one (a sign-in through Keycloak costs seconds; the suite signs in some fifty
   * times).
   */
  private static final Map<String, Deque<Browser>> IDLE = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitIdle));
  }

  private final WebDriver driver;
  private final Path profile;
  private final WebDriverWait wait;

  /** The login this browser may be lent again as, once closed; null when it may not. */
  private String reusableAs;

  public Browser() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Browser tests need Debian's chromium and chromium-driver (bin/portal test installs them)");
    }
    try {
      profile = Files.createTempDirectory("opeverkko-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--lang=fi",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "fi"));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    // An Ajax update replaces the elements a condition is looking at: look again rather than fail.
    wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
    wait.ignoring(StaleElementReferenceException.class);
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /**
   * A browser signed in to the portal as this login, on the home page: one a finished test left
   * signed in as the same person, else a new one (closed again if signing in fails).
   */
  public static Browser signedIn(String loginName) {
    for (Browser idle = takeIdle(loginName); idle != null; idle = takeIdle(loginName)) {
      if (idle.resume(loginName)) {
        return idle;
      }
    }
    Browser browser = new Browser();
    try {
      browser.takeSignInOf(loginName);
      browser.reusableAs = loginName;
      return browser;
    } catch (RuntimeException failed) {
      browser.close();
      throw failed;
    }
  }

  /**
   * Signs in on Keycloak's form over HTTP ({@link PortalHttp#signIn}: the same form post and OIDC
   * callback) and takes that client's cookies, the portal's session and Keycloak's single sign-on,
   * as a second tab of one browser would have them; then opens the home page. In the browser the
   * form's page and scripts cost seconds a sign-in, and the suite signs in some fifty times; the
   * tests of sign-in itself use {@link #signIn}.
   */
  private void takeSignInOf(String loginName) {
    PortalHttp http = new PortalHttp();
    if (!PortalHttp.isSignedInPage(http.signIn(loginName))) {
      throw new IllegalStateException(loginName + " could not sign in");
    }
    http.cookies()
        .forEach(
            (cookie, from) -> {
              String path = cookie.getPath() == null ? "/" : cookie.getPath();
              ((ChromeDriver) driver)
                  .executeCdpCommand(
                      "Network.setCookie",
                      Map.of(
                          "name", cookie.getName(),
                          "value", cookie.getValue(),
                          "url", from.resolve(path).toString(),
                          "path", path,
                          "httpOnly", cookie.isHttpOnly()));
            });
    driver.get(PortalHttp.PORTAL);
    waitFor(By.id("main"));
  }

  /** Opens the portal, is sent to Keycloak's login form, signs in, and waits to be back. */
  public void signIn(String portalUrl, String loginName) {
    reusableAs = null;
    driver.get(portalUrl);
    logInOnKeycloak(loginName);
    wait.until(ExpectedConditions.urlContains(portalUrl));
    waitFor(By.id("main"));
  }

  /** Fills in and sends Keycloak's login form, which the browser is shown or about to be. */
  public void logInOnKeycloak(String loginName) {
    waitFor(By.id("username")).sendKeys(loginName);
    driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    driver.findElement(By.id("kc-login")).click();
  }

  /**
   * The element, once it is shown and the page stands still: an element handed out while the portal
   * is still moving focus after an update would take a key or a click meant elsewhere.
   */
  public WebElement waitFor(By locator) {
    waitForAjax();
    return shownWhileBusy(locator);
  }

  /**
   * The element as soon as it is shown, an update still under way or not: for what a page shows
   * only while it waits (a loading notice), which {@link #waitFor} would wait out.
   */
  public WebElement shownWhileBusy(By locator) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits for the condition; when it never comes, says what the page showed instead. */
  public void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
    try {
      wait.until(condition::apply);
    } catch (TimeoutException timedOut) {
      String shown =
          driver.findElements(By.id("main")).stream()
              .map(WebElement::getText)
              .findFirst()
              .orElse("");
      throw new TimeoutException(
          "Waited in vain at " + driver.getCurrentUrl() + "; the page showed:\n" + shown, timedOut);
    }
  }

  public String text(By locator) {
    return waitFor(locator).getText();
  }

  public boolean isPresent(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** The HTTP status of the page now shown, from the browser's own navigation timing. */
  public long status() {
    Object status =
        ((JavascriptExecutor) driver)
            .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    return ((Number) status).longValue();
  }

  /**
   * Types into a field, replacing what it had. A field with a {@code maxlength} takes what fits, as
   * it would from a person; a field that shows anything else after three tries fails the test
   * rather than let it go on with what the field happens to hold.
   */
  public void type(String id, String text) {
    String shown = null;
    for (int attempt = 1; attempt <= 3; attempt++) {
      WebElement field = waitFor(By.id(id));
      field.clear();
      field.sendKeys(text);
      // A redraw still under way (an AJAX update the last action started) can replace the field
      // and lose what was typed; as a person seeing it empty would, type it again.
      waitForAjax();
      try {
        shown = field.getAttribute("value");
        if (text.equals(shown) || fitted(text, shown, field.getAttribute("maxlength"))) {
          return;
        }
      } catch (StaleElementReferenceException redrawn) {
        // Drawn again since: type into the new field.
      }
    }
    throw new IllegalStateException(
        "Typed \"" + text + "\" into " + id + " three times; it shows \"" + shown + "\"");
  }

  /** Whether the field shows the text cut at its maximum length, as a browser cuts it. */
  private static boolean fitted(String text, String shown, String maxLength) {
    return maxLength != null
        && maxLength.matches("\\d+")
        && text.length() > Integer.parseInt(maxLength)
        && text.substring(0, Integer.parseInt(maxLength)).equals(shown);
  }

  /** Replaces the number in a PrimeFaces number field, as a user selecting it and typing would. */
  public void replaceNumber(String id, String number) {
    WebElement field = waitFor(By.id(id));
    field.click();
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), number, Keys.TAB);
  }

  /**
   * Picks an option of a PrimeFaces select menu by its label, as a user clicking it would. A click
   * on an option while the menu's panel is still opening can go astray in headless Chromium; as a
   * user would, it then opens the menu and clicks again.
   */
  public void choose(String menuId, String label) {
    By option = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
    for (int attempt = 1; ; attempt++) {
      waitForAjax();
      boolean open = driver.findElements(option).stream().anyMatch(WebElement::isDisplayed);
      if (!open) {
        waitFor(By.id(menuId)).click();
      }
      try {
        wait.until(ExpectedConditions.elementToBeClickable(option)).click();
      } catch (ElementClickInterceptedException moved) {
        // The panel, still opening or scrolling its long list, moved another option under the
        // pointer: as a user would, look again and click the right one.
        if (attempt == 3) {
          throw moved;
        }
        pauseBriefly();
        continue;
      }
      waitForAjax();
      try {
        new WebDriverWait(driver, Duration.ofSeconds(5), POLL)
            .ignoring(StaleElementReferenceException.class)
            .until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label));
        return;
      } catch (TimeoutException notChosen) {
        if (attempt == 3) {
          throw notChosen;
        }
      }
    }
  }

  private static void pauseBriefly() {
    try {
      Thread.sleep(SETTLE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Waits until PrimeFaces has no request under way (a menu's choice may update the page) and the
   * portal has moved focus after the last one (which may scroll the page under the pointer).
   */
  public void waitForAjax() {
    waitUntil(
        d -> {
          try {
            return Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "return (!window.PrimeFaces || !PrimeFaces.ajax"
                            + " || PrimeFaces.ajax.Queue.isEmpty())"
                            + " && !document.documentElement.hasAttribute('data-focus-settling');"));
          } catch (JavascriptException unloaded) {
            // A click that follows a link leaves the page while the script asks: ask the next.
            return false;
          }
        });
  }

  /** Clicks a button that updates part of the page, and waits for PrimeFaces to be done. */
  public void clickAndWait(By button) {
    for (int attempt = 1; ; attempt++) {
      try {
        // waitFor lets a page still settling after the previous action (focus moving, which may
        // scroll) stand still first: it would move the button from under the pointer.
        waitFor(button).click();
        break;
      } catch (ElementClickInterceptedException moved) {
        // The page moved between scrolling the button into view and the click (a redraw above
        // it, or focus moved after AJAX): as a person would, click again once it stands still
        // (the next attempt waits for PrimeFaces first). A button that stays covered still fails.
        if (attempt == 3) {
          throw moved;
        }
        pauseBriefly();
      }
    }
    waitForAjax();
  }

  public String heading() {
    return text(By.cssSelector("main h1"));
  }

  /** The language the shown page is in (its {@code html} element's {@code lang}). */
  public String language() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /**
   * Shows the portal in this language with the switch on the shown page, and waits until the page
   * is in it. The browser is lent again after its test only when it is back in Finnish (a next one
   * takes Finnish for granted).
   */
  public void showIn(String language) {
    if (!language.equals(language())) {
      waitFor(By.cssSelector("[data-lang='" + language + "']")).click();
      waitUntil(d -> language.equals(language()));
    }
  }

  /**
   * This browser is not to be lent again after its test: the test changed what a next one would
   * take for granted (who is signed in).
   */
  public void doNotReuse() {
    reusableAs = null;
  }

  /** Ends the test's use of the browser: kept for the next test as the same login, or quit. */
  @Override
  public void close() {
    if (reusableAs != null && inFinnish()) {
      synchronized (IDLE) {
        IDLE.computeIfAbsent(reusableAs, login -> new ArrayDeque<>()).push(this);
      }
    } else {
      quit();
    }
  }

  /**
   * Whether the portal shows this browser Finnish, as a next test takes for granted: no language
   * chosen, or Finnish chosen again (the switch keeps the choice in a cookie).
   */
  private boolean inFinnish() {
    try {
      var chosen = driver.manage().getCookieNamed("opeverkko-lang");
      return chosen == null || "fi".equals(chosen.getValue());
    } catch (RuntimeException gone) {
      return false;
    }
  }

  private static Browser takeIdle(String loginName) {
    synchronized (IDLE) {
      Deque<Browser> idle = IDLE.get(loginName);
      return idle == null ? null : idle.poll();
    }
  }

  /**
   * Back on the home page, still (or again) signed in as this login; false, and quit, when the
   * browser no longer answers.
   */
  private boolean resume(String loginName) {
    try {
      driver.get(PortalHttp.PORTAL);
      wait.until(
          d ->
              !d.findElements(By.id("main")).isEmpty()
                  || !d.findElements(By.id("username")).isEmpty());
      if (driver.findElements(By.id("main")).isEmpty()) {
        logInOnKeycloak(loginName);
        waitFor(By.id("main"));
      }
      return true;
    } catch (RuntimeException gone) {
      quit();
      return false;
    }
  }

  private static void quitIdle() {
    synchronized (IDLE) {
      IDLE.values().forEach(idle -> idle.forEach(Browser::quit));
      IDLE.clear();
    }
  }

  private void quit() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary profile is harmless.
    }
  }
}
