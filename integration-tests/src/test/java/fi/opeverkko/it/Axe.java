package fi.opeverkko.it;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA checks of the page a browser shows. */
final class Axe {

  private static final AxeRunOptions WCAG_21_AA_VIOLATIONS = wcag21aaViolations();

  private Axe() {}

  /**
   * What axe finds wrong with the page, one rule a line; empty when nothing is. axe runs in the
   * page in one call ("legacy" mode): the default runs it in parts and finishes in a new window,
   * and it reports only violations, not every node that passed, which made a check take seconds.
   * The portal's pages have no frames.
   */
  static String violations(WebDriver driver) {
    return describe(
        new AxeBuilder()
            .withOptions(WCAG_21_AA_VIOLATIONS)
            .setLegacyMode(true)
            .disableIframeTesting()
            .analyze(driver)
            .getViolations());
  }

  private static AxeRunOptions wcag21aaViolations() {
    AxeRunOnlyOptions tags = new AxeRunOnlyOptions();
    tags.setType("tag");
    tags.setValues(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(tags);
    options.setResultTypes(List.of("violations"));
    options.setIFrames(false);
    return options;
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(
            rule ->
                rule.getId()
                    + ": "
                    + rule.getHelp()
                    + " at "
                    + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
