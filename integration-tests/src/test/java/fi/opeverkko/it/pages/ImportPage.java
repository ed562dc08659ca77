package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import java.nio.file.Path;
import org.openqa.selenium.By;

/** A coordinator's import of a CSV file: a preview that writes nothing, then the import. */
public final class ImportPage extends Page {

  public static final String ADDRESS = "network/import.xhtml";
  private static final By IMPORT = By.id("importForm:import");

  ImportPage(Browser browser) {
    super(browser);
  }

  public static ImportPage open(Browser browser) {
    open(browser, ADDRESS);
    return new ImportPage(browser);
  }

  /** The kind of rows to import, as the menu shows it. */
  public String kind() {
    return browser.text(By.id("importForm:kind_label"));
  }

  /** Picks the file and asks for its preview (the page is sent again). */
  public ImportPage preview(Path file) {
    browser.waitFor(By.id("importForm:file")).sendKeys(file.toString());
    browser.clickAndWait(By.id("importForm:preview"));
    return this;
  }

  /** What the preview found, in a sentence. */
  public String summary() {
    return browser.text(By.id("summary"));
  }

  /** The previewed rows, each with what it would do or why it is refused. */
  public String rows() {
    return browser.text(By.id("importForm:rows"));
  }

  /** Whether the previewed file may be imported. */
  public boolean offersImport() {
    return browser.isPresent(IMPORT);
  }

  public ImportPage importFile() {
    browser.clickAndWait(IMPORT);
    return this;
  }
}
