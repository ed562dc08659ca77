package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;

/** Participation in central courses, for coordinators and admins. */
public final class ParticipationPage extends Page {

  private ParticipationPage(Browser browser) {
    super(browser);
  }

  public static ParticipationPage open(Browser browser) {
    open(browser, "courses/figures.xhtml");
    browser.heading();
    return new ParticipationPage(browser);
  }
}
