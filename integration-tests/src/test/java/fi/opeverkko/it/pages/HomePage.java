package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/** The home page a user lands on after signing in: their schools, teams and competence. */
public final class HomePage extends Page {

  public HomePage(Browser browser) {
    super(browser);
  }

  /** The link to the school's tutor plan, which says where the plan stands. */
  public String planLink() {
    return browser.text(By.cssSelector(".plan-link"));
  }

  /** How many of the principal's school's staff have the level (1–3) or a higher one confirmed. */
  public long schoolStandingAt(int level) {
    return countIn(
        browser.text(
            By.cssSelector(
                ".school-card table.standing tbody tr:last-child td:nth-child("
                    + (level + 2)
                    + ")")));
  }

  /** The count in a standing cell, "45,5 % (5)": the 5. */
  static long countIn(String cell) {
    Matcher count = Pattern.compile("\\((\\d+)\\)").matcher(cell);
    if (!count.find()) {
      throw new IllegalStateException("no count in " + cell);
    }
    return Long.parseLong(count.group(1));
  }
}
