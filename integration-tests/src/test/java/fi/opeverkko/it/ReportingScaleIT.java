package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.StandingService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.Dashboard;
import fi.opeverkko.reporting.DashboardQueries;
import fi.opeverkko.reporting.Grouping;
import fi.opeverkko.reporting.IndicatorPacks;
import fi.opeverkko.reporting.PackRow;
import fi.opeverkko.reporting.PackState;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The target dashboard at metro size, on the other scale tests' loaders: 15,000 teaching staff in
 * 600 more schools with 20,000 grants, 2,000 visits, six rounds of tutors' and mentors' logs. What
 * each view takes is logged for the notes beside the competence standing of the same scope
 * (one aggregate query, the bare figure page), never asserted; what they read is checked.
 */
@ExtendWith(ArquillianExtension.class)
class ReportingScaleIT {

  private static final Logger LOG = Logger.getLogger(ReportingScaleIT.class.getName());

  /**
   * Few: the visit loader's visits fall mostly outside this school year, so the dashboard counts
   * almost none of them (loading 20,000 took two and a half minutes for three counted); the
   * metro-size generator of the benchmark is the place for a year of visits.
   */
  private static final int VISITS = Scale.of(2_000);

  /**
   * Visits a transaction: each feedback reports to the feedback context, whose query flushes the
   * unit of work, so a flush's cost grows with the batch; small batches keep the load linear.
   */
  private static final int BATCH = 200;

  private static final int LOG_ROUNDS = 6;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CompetenceLoader competence;
  @Inject private CompetenceWorld world;
  @Inject private VisitLoader visits;
  @Inject private PlanLoader plans;
  @Inject private SignInAs signInAs;
  @Inject private DashboardQueries dashboards;
  @Inject private IndicatorPacks packs;

  @Resource(lookup = "java:jboss/datasources/OpeverkkoDS")
  private DataSource dataSource;

  @Inject private StandingService standings;
  @Inject private Clock clock;

  /** The demo's catalogue back for the tests after this one (the browser tests walk it). */
  @AfterEach
  void demoCatalogueBack() {
    world.restore();
  }

  @Test
  @DisplayName("Metro size: the network's and a city's dashboards stay aggregates in SQL")
  void dashboardsStayFast() {
    SchoolYear year = clock.currentSchoolYear();
    world.cleanSlate();
    long started = System.nanoTime();
    competence.load(year, clock.now());
    for (int offset = 0; offset < VISITS; offset += BATCH) {
      visits.load(offset, BATCH);
    }
    long entries = 0;
    for (int round = 0; round < LOG_ROUNDS; round++) {
      entries += plans.logRound(year, clock.today(), 300 + round);
    }
    long loadMillis = (System.nanoTime() - started) / 1_000_000;

    signInAs.user("admin", true, false, null);
    Dashboard network = dashboards.dashboard(year, Grouping.CITY, null);
    long networkMillis = Timing.millis(() -> dashboards.dashboard(year, Grouping.CITY, null));
    long networkSchoolsMillis =
        Timing.millis(() -> dashboards.dashboard(year, Grouping.SCHOOL, null));
    long standingMillis = Timing.millis(() -> standings.network(year));
    signInAs.coordinator("HELSINKI");
    Dashboard helsinki = dashboards.dashboard(year, Grouping.SCHOOL, null);
    long cityMillis = Timing.millis(() -> dashboards.dashboard(year, Grouping.SCHOOL, null));
    long cityStandingMillis = Timing.millis(() -> standings.city("HELSINKI", year));
    // Built once at this size: a pack asked for again is the one already built (by a browser
    // test at the demo's size, say), so those go first, and the build is timed once.
    forgetPacks("HELSINKI", year);
    long packStarted = System.nanoTime();
    packs.request(year, "HELSINKI");
    List<PackRow> helsinkiPacks = PackWait.done(packs, "HELSINKI", year);
    long packMillis = (System.nanoTime() - packStarted) / 1_000_000;

    assertEquals(standings.city("HELSINKI", year).total().staff(), helsinki.total().staff());
    assertTrue(network.total().staff() >= CompetenceLoader.STAFF);
    assertTrue(network.total().grants() > 0 && network.total().minutesLogged() > 0);
    helsinkiPacks.forEach(pack -> assertEquals(PackState.READY, pack.state(), pack.toString()));
    LOG.info(
        String.format(
            "Reporting scale: loaded %d staff, their grants, %d visits, %d log entries in %d ms;"
                + " network dashboard by city (%d staff, %d grants, %d visits) %d ms, by school"
                + " %d ms, the network standing alone %d ms; Helsinki by school (%d schools)"
                + " %d ms, its standing alone %d ms; Helsinki's indicator packs (fi and sv, PDF"
                + " and XLSX, built in the background) asked for and ready in %d ms",
            CompetenceLoader.STAFF,
            VISITS,
            entries,
            loadMillis,
            network.total().staff(),
            network.total().grants(),
            network.total().visits(),
            networkMillis,
            networkSchoolsMillis,
            standingMillis,
            helsinki.rows().size(),
            cityMillis,
            cityStandingMillis,
            packMillis));
  }

  private void forgetPacks(String scope, SchoolYear year) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement files =
            db.prepareStatement(
                "DELETE FROM indicator_pack_file WHERE pack_id IN (SELECT id FROM indicator_pack"
                    + " WHERE pack_scope = ? AND school_year = ?)");
        PreparedStatement rows =
            db.prepareStatement(
                "DELETE FROM indicator_pack WHERE pack_scope = ? AND school_year = ?")) {
      for (PreparedStatement delete : List.of(files, rows)) {
        delete.setString(1, scope);
        delete.setInt(2, year.startYear());
        delete.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
