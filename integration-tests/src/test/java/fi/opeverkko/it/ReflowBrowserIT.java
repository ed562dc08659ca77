package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page reflows (WCAG 1.4.10): on a phone (390 CSS px) and on a 1280 px laptop zoomed to 200 %
 * (640 CSS px) nothing scrolls sideways and no table cell cuts its text; on a laptop the wide
 * tables use the whole width.
 */
@ExtendWith(ArquillianExtension.class)
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class ReflowBrowserIT {

  /** CSS px wide and device pixels per CSS px: a phone, and a 1280 px screen at 200 % zoom. */
  private static final int[][] SCREENS = {{390, 3}, {640, 2}};

  /** What is wrong, or "": the page wider than the window, the widest culprits, cut cells. */
  private static final String OVERFLOW =
      "var problems = [], width = document.documentElement.clientWidth;"
          + "if (document.documentElement.scrollWidth > width) {"
          + "  problems.push('page ' + document.documentElement.scrollWidth + ' > ' + width);"
          + "  document.querySelectorAll('main *, header *, nav *').forEach(function (e) {"
          + "    var r = e.getBoundingClientRect();"
          + "    if (r.right > width + 1 && problems.length < 6 && e.offsetParent)"
          + "      problems.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right));"
          + "  });"
          + "}"
          + "document.querySelectorAll('td, th').forEach(function (c) {"
          + "  var s = getComputedStyle(c);"
          + "  if (c.scrollWidth > c.clientWidth + 1"
          + "      && (s.overflowX === 'hidden' || s.textOverflow === 'ellipsis'))"
          + "    problems.push('cut cell: ' + c.textContent.trim().substring(0, 40));"
          + "});"
          + "return problems.join('\\n');";

  /** Cells of a table's first two columns (what and where stands) beyond the table's frame. */
  private static final String KEY_COLUMNS_OUT_OF_VIEW =
      "var out = 0;"
          + "document.querySelectorAll('.ui-datatable-tablewrapper').forEach(function (frame) {"
          + "  var right = frame.getBoundingClientRect().right;"
          + "  frame.querySelectorAll('td:nth-child(-n+2), th:nth-child(-n+2)').forEach(function (c) {"
          + "    if (c.getBoundingClientRect().right > right + 1) out++;"
          + "  });"
          + "});"
          + "return out;";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.portal();
  }

  /** The pages axe checks (AccessibilityIT): a page added there is checked here too. */
  static Stream<Arguments> pages() throws NoSuchMethodException {
    CsvSource pages =
        AccessibilityIT.class
            .getDeclaredMethod("pageIsAccessible", String.class, String.class)
            .getAnnotation(CsvSource.class);
    return Arrays.stream(pages.value())
        .map(line -> line.split(",\\s*"))
        .map(pair -> Arguments.of(pair[0], pair[1]));
  }

  @ParameterizedTest(name = "{0} as {1} at {2} px")
  @CsvSource({
    "coordinator/plans.xhtml, coordinator-helsinki, 1366",
    "coordinator/plans.xhtml, coordinator-helsinki, 1024",
    "plans/log.xhtml, tutor, 1366",
    "plans/log.xhtml, tutor, 1024"
  })
  @DisplayName("Wide tables use a laptop's width and cut no school name or status")
  void wideTableFitsALaptop(String page, String login, int width) {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, login);
      emulate(browser, width, 1);
      browser.open(PortalHttp.PORTAL + page);
      browser.heading();
      JavascriptExecutor js = (JavascriptExecutor) browser.driver();
      assertEquals("", js.executeScript(OVERFLOW), page + " at " + width + " px");
      Number mainWidth =
          (Number) js.executeScript("return document.getElementById('main').clientWidth;");
      assertTrue(
          mainWidth.intValue() >= width * 0.9, "the page is " + mainWidth + " px of " + width);
      assertEquals(0L, js.executeScript(KEY_COLUMNS_OUT_OF_VIEW), "school and status out of view");
    }
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("pages")
  @DisplayName("No sideways scrolling and no cut table cells at 390 px and at 200 % zoom")
  void pageReflows(String page, String login) {
    try (Browser browser = new Browser()) {
      browser.signIn(PortalHttp.PORTAL, login);
      for (int[] screen : SCREENS) {
        emulate(browser, screen[0], screen[1]);
        browser.open(PortalHttp.PORTAL + page);
        browser.heading();
        Object problems = ((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW);
        assertEquals("", problems, page + " as " + login + " at " + screen[0] + " CSS px");
      }
    }
  }

  /** A screen this many CSS px wide; a zoomed page is a narrower page with bigger pixels. */
  private static void emulate(Browser browser, int width, int pixelRatio) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", 800, "deviceScaleFactor", pixelRatio, "mobile", false));
  }
}
