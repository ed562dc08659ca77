package fi.opeverkko.it.pages;

import fi.opeverkko.it.Browser;
import org.openqa.selenium.By;

/** The portal's main menu, as it is shown to the signed-in user's roles. */
public final class Menu {

  private final Browser browser;

  private Menu(Browser browser) {
    this.browser = browser;
  }

  public static Menu of(Browser browser) {
    return new Menu(browser);
  }

  /** The principal's visits of their school. */
  public SchoolVisitsPage schoolVisits() {
    follow("nav-visits");
    return new SchoolVisitsPage(browser);
  }

  /** The team leader's and experts' inbox of their team's visits. */
  public InboxPage teamVisits() {
    follow("nav-team-visits");
    return new InboxPage(browser);
  }

  /** The team leaders' list of requests waiting for a team. */
  public TriagePage triage() {
    follow("nav-triage");
    return new TriagePage(browser);
  }

  /** The expert's own calendar. */
  public CalendarPage calendar() {
    follow("nav-calendar");
    return new CalendarPage(browser);
  }

  /** The teacher's self-assessment survey. */
  public SurveyPage survey() {
    follow("nav-survey");
    return new SurveyPage(browser);
  }

  /** The survey's results and needs. */
  public FiguresPage surveyResults() {
    follow("nav-survey-results");
    return new FiguresPage(browser, FiguresPage.NEEDS);
  }

  /** The target dashboard. */
  public FiguresPage dashboard() {
    follow("nav-dashboard");
    return new FiguresPage(browser, FiguresPage.DASHBOARD);
  }

  /** The own school's tutor plan. */
  public PlanPage plans() {
    follow("nav-plans");
    return PlanPage.shown(browser);
  }

  /** The own activity log. */
  public LogPage log() {
    follow("nav-log");
    return LogPage.shown(browser);
  }

  /** The coordinator's tutor plans of the city. */
  public CityPlansPage cityPlans() {
    follow("nav-city-plans");
    return new CityPlansPage(browser);
  }

  public ImportPage importData() {
    follow("nav-import");
    return new ImportPage(browser);
  }

  /** The teacher's own badges and applications. */
  public BadgesPage badges() {
    follow("nav-badges");
    return new BadgesPage(browser);
  }

  /** The reviewer's queue. */
  public ReviewsPage reviews() {
    follow("nav-reviews");
    return new ReviewsPage(browser);
  }

  /** The principal's tutor proposals. */
  public TutorProposalsPage tutors() {
    follow("nav-tutors");
    return new TutorProposalsPage(browser);
  }

  public HomePage home() {
    follow("nav-home");
    return new HomePage(browser);
  }

  /** The principal's school's staff with their badges and levels. */
  public StaffPage competenceStaff() {
    follow("nav-competence-staff");
    return new StaffPage(browser);
  }

  /** The principal's school's development plans. */
  public DevelopmentPlansPage developmentPlans() {
    follow("nav-development-plans");
    return new DevelopmentPlansPage(browser);
  }

  /** The teacher's own development plan. */
  public DevelopmentPlanPage developmentPlan() {
    follow("nav-development-plan");
    return new DevelopmentPlanPage(browser);
  }

  public CataloguePage catalogue() {
    follow("nav-catalogue");
    return new CataloguePage(browser);
  }

  /** Whether the principal's staff page is offered. */
  public boolean offersCompetenceStaff() {
    return browser.isPresent(By.id("nav-competence-staff"));
  }

  public TeamsPage teams() {
    follow("nav-teams");
    return new TeamsPage(browser);
  }

  /** Whether the coordinator's city directory is offered. */
  public boolean offersCity() {
    return browser.isPresent(By.id("nav-city"));
  }

  public boolean offersImport() {
    return browser.isPresent(By.id("nav-import"));
  }

  private void follow(String item) {
    browser.clickAndWait(By.id(item));
  }
}
