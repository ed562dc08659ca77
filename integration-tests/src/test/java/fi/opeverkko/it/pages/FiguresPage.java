package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/**
 * A page of figures grouped as its address says (the survey's results, the target dashboard): its
 * grouping links, its table of groups and a city's drill-down to its schools.
 */
public final class FiguresPage extends Page {

  /** The survey's results table. */
  public static final String NEEDS = "needs";

  /** The target dashboard's table. */
  public static final String DASHBOARD = "dashboard-table";

  private final String table;

  FiguresPage(Browser browser, String table) {
    super(browser);
    this.table = table;
  }

  /** Opens the page at an address of its own, e.g. one shared by a colleague. */
  public static FiguresPage at(Browser browser, String address, String table) {
    browser.open(address);
    return new FiguresPage(browser, table);
  }

  /** Groups the figures by the link's label ("Kaupunki", "Koulu", ...). */
  public FiguresPage groupBy(String label) {
    browser.clickAndWait(By.linkText(label));
    browser.waitUntil(d -> d.getCurrentUrl().contains("by="));
    return this;
  }

  /** Follows a city's drill-down link to its schools. */
  public FiguresPage drillInto(String city) {
    browser.clickAndWait(
        By.xpath("//table[@id='" + table + "']//a[normalize-space(.)=\"" + city + "\"]"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("by=SCHOOL"));
    return this;
  }

  /** The table as its rows read. */
  public String table() {
    return browser.text(By.id(table));
  }

  /** The row of a group. */
  public String rowOf(String group) {
    return browser.text(
        By.xpath("//table[@id='" + table + "']//tr[th[normalize-space(.)=\"" + group + "\"]]"));
  }

  public String address() {
    return browser.driver().getCurrentUrl();
  }

  /**
   * Builds the dashboard's indicator pack of the school year chosen by default and waits until the
   * background build offers its files.
   *
   * @return the states of the packs as the page lists them
   */
  public String buildPackAndWait() {
    browser.clickAndWait(By.id("packForm:buildPack"));
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("#pack-table .pack-download")).size() >= 4);
    return browser.text(By.id("pack-table"));
  }
}
