package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The badge catalogue: read by everyone, kept by admins and the granting community. */
public final class CataloguePage extends Page {

  CataloguePage(Browser browser) {
    super(browser);
  }

  public Region badges() {
    return region("catalogueForm:badges");
  }

  /** Whether the page offers adding a badge (to keepers only). */
  public boolean offersAdding() {
    return browser.isPresent(By.id("catalogueForm:add"));
  }
}
