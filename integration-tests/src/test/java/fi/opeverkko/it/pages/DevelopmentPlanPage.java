package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** A teacher's own development plan for a school year, and the discussion recorded of it. */
public final class DevelopmentPlanPage extends Page {

  DevelopmentPlanPage(Browser browser) {
    super(browser);
  }

  /** Chooses the target level by its label, e.g. "2 Syventävät taidot". */
  public DevelopmentPlanPage targetLevel(String label) {
    browser.choose("planForm:targetLevel", label);
    return this;
  }

  /** Ticks a target badge or a way by its label. */
  public DevelopmentPlanPage tick(String label) {
    browser.clickAndWait(
        By.xpath("//form[@id='planForm']//label[normalize-space(.)=\"" + label + "\"]"));
    return this;
  }

  public DevelopmentPlanPage description(String text) {
    browser.type("planForm:description", text);
    return this;
  }

  public DevelopmentPlanPage save() {
    browser.clickAndWait(By.id("planForm:save"));
    return this;
  }

  /** The development discussion as the principal recorded it, or that there is none yet. */
  public Region discussion() {
    return region("discussion");
  }
}
