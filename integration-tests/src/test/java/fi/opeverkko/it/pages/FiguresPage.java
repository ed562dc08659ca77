package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;

/** Participation in central courses, for coordinators and admins. */
public final class FiguresPage extends Page {

  private FiguresPage(Browser browser) {
    super(browser);
  }

  public static FiguresPage open(Browser browser) {
    open(browser, "courses/figures.xhtml");
    browser.heading();
    return new FiguresPage(browser);
  }
}
