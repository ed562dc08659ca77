package fi.opeverkko.it;

import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Reflow checks (WCAG 1.4.10) of the page a browser shows: nothing scrolls sideways and no table
 * cell cuts its text, on a screen of a given width.
 */
final class Reflow {

  /** A phone (390 CSS px) and a 1280 px laptop zoomed to 200 % (640 CSS px, 2 device px each). */
  static final int[][] NARROW_SCREENS = {{390, 3}, {640, 2}};

  /** How long a page may take to follow a new width. */
  private static final Duration SETTLE = Duration.ofSeconds(2);

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

  private Reflow() {}

  /**
   * What does not reflow on the shown page at each narrow screen, one line a problem, each with its
   * screen; empty when the page reflows. The browser is back at its own size afterwards.
   */
  static String problemsWhenNarrow(Browser browser) {
    StringBuilder problems = new StringBuilder();
    try {
      for (int[] screen : NARROW_SCREENS) {
        emulate(browser, screen[0], screen[1]);
        String found = settledProblems(browser);
        if (!found.isEmpty()) {
          problems.append("at ").append(screen[0]).append(" CSS px:\n").append(found).append('\n');
        }
      }
    } finally {
      ((ChromeDriver) browser.driver())
          .executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
    return problems.toString();
  }

  /**
   * What does not reflow once the page has had a moment to follow the new width, or "": a chart
   * redraws its canvas for the width in a later frame (Chart.js watches its container), as it does
   * when a person zooms. A page that still does not fit after {@link #SETTLE} does not reflow.
   */
  private static String settledProblems(Browser browser) {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    String found = problems(browser);
    while (!found.isEmpty() && System.nanoTime() < deadline) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return found;
      }
      found = problems(browser);
    }
    return found;
  }

  /** What does not reflow on the shown page at the browser's present size, or "". */
  static String problems(Browser browser) {
    return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(OVERFLOW));
  }

  /**
   * A screen this many CSS px wide; a zoomed page is a narrower page with bigger pixels. Media
   * queries follow at once, without loading the page again.
   */
  static void emulate(Browser browser, int width, int pixelRatio) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of(
                "width", width, "height", 800, "deviceScaleFactor", pixelRatio, "mobile", false));
  }
}
