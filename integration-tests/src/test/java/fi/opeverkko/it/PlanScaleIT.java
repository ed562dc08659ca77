package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.plans.ActivityLogQueries;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanStanding;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The plan and log pages with tens of thousands of log entries: what each page's service calls
 * take. The figures are logged for the notes; the limits are generous, for slow machines.
 */
@ExtendWith(ArquillianExtension.class)
class PlanScaleIT {

  private static final Logger LOG = Logger.getLogger(PlanScaleIT.class.getName());
  private static final int ROUNDS = Scale.of(6);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private PlanLoader loader;
  @Inject private SignInAs signInAs;
  @Inject private PlanQueries plans;
  @Inject private ActivityLogQueries log;
  @Inject private Clock clock;

  @Test
  @DisplayName("Tens of thousands of log entries: overview, logs and network meetings stay fast")
  void pagesStayFast() {
    SchoolYear year = clock.currentSchoolYear();
    long started = System.nanoTime();
    long loaded = 0;
    for (int round = 0; round < ROUNDS; round++) {
      loaded += loader.logRound(year, clock.today(), 100 + round);
    }
    long loadMillis = (System.nanoTime() - started) / 1_000_000;

    signInAs.coordinator("HELSINKI");
    long overview =
        Timing.millis(
            () ->
                plans.countCityPlans("HELSINKI", year, null)
                    + plans.cityPlans("HELSINKI", year, null, 25, 25).size());
    long missing =
        Timing.millis(() -> plans.cityPlans("HELSINKI", year, PlanStanding.MISSING, 0, 25).size());
    long standings = Timing.millis(() -> plans.cityStandings("HELSINKI", year));
    long csv = Timing.millis(() -> ExcelCsv.write(plans.cityPlansTable("HELSINKI", year)).length);

    signInAs.user("mentor");
    long meetingsCount = log.countNetworkMeetings(null, year);
    long meetings =
        Timing.millis(
            () ->
                log.countNetworkMeetings(null, year)
                    + log.networkMeetings(null, year, 50, 25).size());
    long byCity = Timing.millis(() -> log.mentorActivityByCity(year));

    signInAs.user("tutor");
    long mine = log.countMine(year);
    long myPage = Timing.millis(() -> log.countMine(year) + log.myEntries(year, 0, 25).size());
    long myMonths = Timing.millis(() -> log.myMonthlyTotals(year));

    signInAs.user("principal");
    Long kallio = plans.mySchools().get(0).getId();
    long schoolEntries = log.countSchoolEntries(kallio, year);
    long planPage = Timing.millis(() -> plans.plan(kallio, year.previous()).progress().done());
    long schoolLog =
        Timing.millis(
            () ->
                log.countSchoolEntries(kallio, year)
                    + log.schoolEntries(kallio, year, 0, 25).size()
                    + log.schoolMonthlyTotals(kallio, year).size());

    String figures =
        String.format(
            "Plan scale: loaded %d log entries in %d ms; coordinator overview page 2 %d ms,"
                + " missing only %d ms, standings %d ms, CSV of the city %d ms; %d network"
                + " meetings, page 3 %d ms, by city %d ms; a tutor's %d entries page %d ms, months"
                + " %d ms; last year's plan with progress %d ms; the school's %d entries with"
                + " months %d ms",
            loaded,
            loadMillis,
            overview,
            missing,
            standings,
            csv,
            meetingsCount,
            meetings,
            byCity,
            mine,
            myPage,
            myMonths,
            planPage,
            schoolEntries,
            schoolLog);
    LOG.info(figures);
    assertTrue(loaded > ROUNDS * 3_000, figures);
  }
}
