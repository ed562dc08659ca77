package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.it.pages.CityPlansPage;
import fi.opeverkko.it.pages.LogPage;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * On a laptop the wide tables use the whole width and cut no school name or status; a year of
 * months scrolls in its own frame with the key columns in view. (Every page's reflow on a phone and
 * at 200 % zoom is checked with its accessibility, in {@link AccessibilityIT}.)
 */
@OnSharedPortal
@EnabledIfSystemProperty(named = "skip.keycloak", matches = "false")
@RunAsClient
class ReflowBrowserIT {

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

  private static final SignedInBrowsers BROWSERS = new SignedInBrowsers();

  @AfterAll
  static void closeBrowsers() {
    BROWSERS.close();
  }

  static Stream<Arguments> wideTables() {
    return Stream.of(
        Arguments.of(CityPlansPage.ADDRESS, "coordinator-helsinki", 1366),
        Arguments.of(CityPlansPage.ADDRESS, "coordinator-helsinki", 1024),
        Arguments.of(LogPage.ADDRESS, "tutor", 1366),
        Arguments.of(LogPage.ADDRESS, "tutor", 1024));
  }

  @ParameterizedTest(name = "{0} as {1} at {2} px")
  @MethodSource("wideTables")
  @DisplayName("Wide tables use a laptop's width and cut no school name or status")
  void wideTableFitsALaptop(String page, String login, int width) {
    Browser browser = BROWSERS.of(login);
    Reflow.emulate(browser, width, 1);
    browser.open(PortalHttp.PORTAL + page);
    browser.heading();
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    assertEquals("", Reflow.problems(browser), page + " at " + width + " px");
    Number mainWidth =
        (Number) js.executeScript("return document.getElementById('main').clientWidth;");
    assertTrue(mainWidth.intValue() >= width * 0.9, "the page is " + mainWidth + " px of " + width);
    assertEquals(0L, js.executeScript(KEY_COLUMNS_OUT_OF_VIEW), "school and status out of view");
  }
}
