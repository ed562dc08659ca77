package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.visits.CityVisitFilter;
import fi.opeverkko.visits.CityVisitQueries;
import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.TeamVisitQueries;
import fi.opeverkko.visits.VisitStatus;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The visits' pages with 10,000 visits in the database: what each page's service calls take. The
 * figures are logged for the notes; the limits are generous, for slow CI machines.
 */
@ExtendWith(ArquillianExtension.class)
class VisitScaleIT {

  private static final Logger LOG = Logger.getLogger(VisitScaleIT.class.getName());
  private static final int VISITS = Scale.of(10_000);

  /**
   * Visits a transaction: each feedback reports to the feedback context, whose query flushes the
   * unit of work, so a flush's cost grows with the batch; small batches keep the load linear.
   */
  private static final int BATCH = 40;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private VisitLoader loader;
  @Inject private SignInAs signInAs;
  @Inject private CityVisitQueries cityVisits;
  @Inject private TeamVisitQueries teamVisits;
  @Inject private SchoolVisitQueries schoolVisits;
  @Inject private NetworkOverviewService network;
  @Inject private Clock clock;

  @Test
  @DisplayName(
      "10,000 visits: the city list, the inbox, a school's list and the workload stay fast")
  void pagesStayFast() {
    long started = System.nanoTime();
    for (int offset = 0; offset < VISITS; offset += BATCH) {
      loader.load(offset, BATCH);
    }
    long loadMillis = (System.nanoTime() - started) / 1_000_000;

    signInAs.coordinator("HELSINKI");
    CityVisitFilter all = new CityVisitFilter("HELSINKI", null, null, null, null);
    CityVisitFilter closed = new CityVisitFilter("HELSINKI", VisitStatus.CLOSED, null, null, null);
    long total = cityVisits.countOfCity(all);
    long cityPage =
        Timing.millis(
            () -> cityVisits.countOfCity(all) + cityVisits.ofCity(all, VISITS / 5, 25).size());
    long cityFiltered =
        Timing.millis(
            () -> cityVisits.countOfCity(closed) + cityVisits.ofCity(closed, 0, 25).size());
    long byStatus = Timing.millis(() -> cityVisits.countByStatus("HELSINKI"));

    signInAs.user("team-leader");
    Long team = network.myTeams().get(0).team().getId();
    long inboxSize = teamVisits.countInbox(team);
    long inbox =
        Timing.millis(() -> teamVisits.countInbox(team) + teamVisits.inbox(team, 100, 25).size());
    long workload = Timing.millis(() -> teamVisits.workload(team, clock.today()));
    long feedback =
        Timing.millis(
            () ->
                teamVisits.countFeedbackOfTeam(team)
                    + teamVisits.feedbackOfTeam(team, 100, 25).size());

    signInAs.user("principal");
    long schoolSize = schoolVisits.countOfMySchools();
    int firstPage = schoolVisits.ofMySchools(0, 25).size();
    long school =
        Timing.millis(
            () -> schoolVisits.countOfMySchools() + schoolVisits.ofMySchools(25, 25).size());

    String figures =
        String.format(
            "Visit scale: loaded %d visits in %d ms; Helsinki has %d; city page %d %d ms,"
                + " filtered %d ms, by status %d ms; inbox of %d open requests %d ms; workload"
                + " %d ms; feedback %d ms; a school's %d visits %d ms",
            VISITS,
            loadMillis,
            total,
            VISITS / 5 / 25 + 1,
            cityPage,
            cityFiltered,
            byStatus,
            inboxSize,
            inbox,
            workload,
            feedback,
            schoolSize,
            school);
    LOG.info(figures);
    assertTrue(total > VISITS * 3 / 10, figures);
    assertEquals(true, inboxSize > 0, figures);
    assertEquals(Math.min(25, schoolSize), firstPage, "a page of the school's visits; " + figures);
  }
}
