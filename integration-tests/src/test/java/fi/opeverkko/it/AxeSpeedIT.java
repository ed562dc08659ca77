package fi.opeverkko.it;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;

@OnSharedPortal
@RunAsClient
class AxeSpeedIT {
  @Test
  void compare() {
    try (Browser b = Browser.signedIn("coordinator-helsinki")) {
      for (String page :
          List.of(
              "home.xhtml",
              "network/city.xhtml",
              "visits/city-visits.xhtml",
              "plans/city-plans.xhtml",
              "reporting/dashboard.xhtml",
              "network/people.xhtml")) {
        b.open(PortalHttp.PORTAL + page);
        b.heading();
        for (int i = 0; i < 2; i++) {
          long t0 = System.nanoTime();
          int old =
              new AxeBuilder()
                  .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                  .analyze(b.driver())
                  .getViolations()
                  .size();
          long t1 = System.nanoTime();
          String now = Axe.violations(b.driver());
          long t2 = System.nanoTime();
          String reflow = Reflow.problemsWhenNarrow(b);
          long t3 = System.nanoTime();
          long t4 = System.nanoTime();
          b.open(PortalHttp.PORTAL + page);
          b.heading();
          long t5 = System.nanoTime();
          System.out.printf(
              "AXESPEED %s old=%d ms (%d) new=%d ms (%s) reflow=%d ms load=%d ms%n",
              page,
              (t1 - t0) / 1000000,
              old,
              (t2 - t1) / 1000000,
              now.isEmpty() ? "0" : now,
              (t3 - t2) / 1000000,
              (t5 - t4) / 1000000);
        }
      }
    }
  }
}
