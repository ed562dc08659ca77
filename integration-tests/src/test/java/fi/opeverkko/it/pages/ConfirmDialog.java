package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The portal's one confirmation dialog ("Are you sure?"), which any page may open. */
public final class ConfirmDialog {

  private static final By DIALOG = By.cssSelector(".ui-confirm-dialog");
  private static final String NO = "ui-confirmdialog-no";

  private final Browser browser;

  ConfirmDialog(Browser browser) {
    this.browser = browser;
  }

  public String title() {
    return browser.text(By.cssSelector(".ui-confirm-dialog .ui-dialog-title"));
  }

  public void yes() {
    browser.clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));
  }

  public void no() {
    browser.clickAndWait(By.className(NO));
  }

  /** Whether the element is the dialog's No button (the safe choice). */
  public boolean isNo(WebElement element) {
    return element.getAttribute("class").contains(NO);
  }

  public void awaitClosed() {
    browser.waitUntil(d -> !d.findElement(DIALOG).isDisplayed());
  }
}
