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

  private static final AxeRunOptions WCAG_21_AA_VIOLATIONS =
      violationsOnly("tag", List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));

  /**
   * The WCAG 2.1 A and AA rules whose outcome a page's language can change: its language, its
   * title, and the names and labels of its images, controls and links. Structure, contrast and ARIA
   * use come from the same templates and styles in every language.
   */
  private static final AxeRunOptions WCAG_21_AA_TEXT_VIOLATIONS =
      violationsOnly(
          "rule",
          List.of(
              "html-has-lang",
              "html-lang-valid",
              "html-xml-lang-mismatch",
              "valid-lang",
              "document-title",
              "frame-title",
              "image-alt",
              "input-image-alt",
              "area-alt",
              "object-alt",
              "role-img-alt",
              "svg-img-alt",
              "label",
              "select-name",
              "button-name",
              "input-button-name",
              "link-name",
              "summary-name",
              "aria-command-name",
              "aria-input-field-name",
              "aria-meter-name",
              "aria-progressbar-name",
              "aria-toggle-field-name",
              "aria-tooltip-name"));

  private Axe() {}

  /**
   * What axe finds wrong with the page, one rule a line; empty when nothing is. axe runs in the
   * page in one call ("legacy" mode): the default runs it in parts and finishes in a new window,
   * and it reports only violations, not every node that passed, which made a check take seconds.
   * The portal's pages have no frames.
   */
  static String violations(WebDriver driver) {
    return violations(driver, WCAG_21_AA_VIOLATIONS);
  }

  /**
   * The same, of the rules a translation can break alone: for a page already checked in full in
   * another language, where the full run (mostly its contrast rule) would take four times as long.
   */
  static String textViolations(WebDriver driver) {
    return violations(driver, WCAG_21_AA_TEXT_VIOLATIONS);
  }

  private static String violations(WebDriver driver, AxeRunOptions options) {
    return describe(
        new AxeBuilder()
            .withOptions(options)
            .setLegacyMode(true)
            .disableIframeTesting()
            .analyze(driver)
            .getViolations());
  }

  private static AxeRunOptions violationsOnly(String type, List<String> values) {
    AxeRunOnlyOptions only = new AxeRunOnlyOptions();
    only.setType(type);
    only.setValues(values);
    AxeRunOptions options = new AxeRunOptions();
    options.setRunOnly(only);
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
