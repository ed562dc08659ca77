package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The badge catalogue: read by everyone, kept by admins and the granting community. */
public final class CataloguePage extends Page {

  /** The languages of the form's texts, in the order the form asks them. */
  private static final List<String> LANGUAGES = List.of("fi", "sv", "en");

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

  /** Opens the form for a new badge. */
  public CataloguePage add() {
    browser.clickAndWait(By.id("catalogueForm:add"));
    return this;
  }

  /** Opens the form for changing the badge of the name (as the table shows it). */
  public CataloguePage edit(String name) {
    rowOf(name).findElement(By.cssSelector("button[id$=':edit']")).click();
    browser.waitForAjax();
    return this;
  }

  /** Retires the badge of the name, saying yes when asked. */
  public CataloguePage retire(String name) {
    rowOf(name).findElement(By.cssSelector("button[id$=':retire']")).click();
    confirmDialog().yes();
    browser.waitForAjax();
    return this;
  }

  public CataloguePage level(String label) {
    browser.choose("catalogueForm:level", label);
    return this;
  }

  /**
   * Types one field ("area", "name", "criteria", "evidence") in one language ("fi", "sv", "en").
   */
  public CataloguePage text(String field, String language, String text) {
    browser.type("catalogueForm:languages:" + LANGUAGES.indexOf(language) + ":" + field, text);
    return this;
  }

  public CataloguePage save() {
    browser.clickAndWait(By.id("catalogueForm:save"));
    return this;
  }

  private WebElement rowOf(String name) {
    return browser.waitFor(
        By.xpath(
            "//tbody[@id='catalogueForm:badges_data']/tr[.//span[@class='badge-name' and"
                + " normalize-space(.)=\""
                + name
                + "\"]]"));
  }
}
