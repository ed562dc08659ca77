package fi.opeverkko.it;

import static fi.opeverkko.it.CompetenceLoader.OPEN_APPLICATIONS;
import static fi.opeverkko.it.CompetenceLoader.OPEN_FROM;
import static fi.opeverkko.it.CompetenceLoader.SCHOOLS;
import static fi.opeverkko.it.CompetenceLoader.STAFF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.ApplicationService;
import fi.opeverkko.competence.CompetenceOf;
import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.Level;
import fi.opeverkko.competence.LevelService;
import fi.opeverkko.competence.Standing;
import fi.opeverkko.competence.StandingRow;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.it.CompetenceLoader.Loaded;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The competence pages at metro size: 15,000 teaching staff in 600 schools, 20,000 grants, 3,000
 * applications in the other states. What each page's reads take is logged for the notes,
 * never asserted; what they read is: the counts and shares are those the loader's rules give.
 */
@ExtendWith(ArquillianExtension.class)
class CompetenceScaleIT {

  private static final StandingRow NOBODY = new StandingRow(null, null, 0, 0, 0, 0);

  private static final Logger LOG = Logger.getLogger(CompetenceScaleIT.class.getName());

  /** A teacher with the badges of level 1 and an application for level 2 waiting for review. */
  private static final int TEACHER = 741;

  /** Two teachers with no application yet, in schools of no community member. */
  private static final int FIRST_APPLICANT = 4000;

  private static final int SECOND_APPLICANT = 4001;

  /** The member of the community whom the loader gives no reviews. */
  private static final int IDLE_MEMBER = CompetenceLoader.COMMUNITY - 1;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CompetenceLoader loader;
  @Inject private CompetenceWorld world;
  @Inject private SignInAs signInAs;
  @Inject private LevelService levels;
  @Inject private StandingService standing;
  @Inject private ApplicationQueries queries;
  @Inject private ApplicationService applications;
  @Inject private Clock clock;

  /** The demo's catalogue back for the tests after this one (the browser tests walk it). */
  @AfterEach
  void demoCatalogueBack() {
    world.restore();
  }

  @Test
  @DisplayName(
      "15,000 teaching staff, 20,000 grants: staff page, standings, queues and reviewer choice")
  void pagesStayFast() {
    SchoolYear year = clock.currentSchoolYear();
    // The community is computed from the whole catalogue: only this test's badges are current.
    world.cleanSlate();
    signInAs.coordinator("HELSINKI");
    Map<String, StandingRow> helsinkiBefore = byKind(standing.city("HELSINKI", year));
    signInAs.user("admin", true, false, null);
    StandingRow networkBefore = standing.network(year).total();

    long started = System.nanoTime();
    Loaded loaded = loader.load(year, clock.now());
    long loadMillis = (System.nanoTime() - started) / 1_000_000;

    // The principal's staff page: one page of the school's staff with badges and levels.
    signInAs.user(loaded.login(STAFF - SCHOOLS));
    Long school = loaded.schools().get(0);
    long staffCount = levels.staffCount(school);
    List<CompetenceOf> staffPage = levels.staff(school, 0, 25);
    long staffMillis =
        Timing.millis(() -> levels.staffCount(school) + levels.staff(school, 0, 25).size());
    long schoolStandingMillis = Timing.millis(() -> standing.school(school, year));
    StandingRow schoolStanding = standing.school(school, year).total();

    signInAs.coordinator("HELSINKI");
    Standing helsinki = standing.city("HELSINKI", year);
    long cityMillis = Timing.millis(() -> standing.city("HELSINKI", year));
    signInAs.user("admin", true, false, null);
    StandingRow network = standing.network(year).total();
    long networkMillis = Timing.millis(() -> standing.network(year));

    signInAs.user(loaded.login(0));
    long queue = queries.countReviews();
    long queueMillis = Timing.millis(() -> queries.countReviews() + queries.reviews(0, 25).size());

    signInAs.user(loaded.login(TEACHER));
    long mine = queries.countMine();
    long mineMillis = Timing.millis(() -> queries.countMine() + queries.mine(0, 25).size());

    Long lastBadge = loaded.badges().get(loaded.badges().size() - 1);
    signInAs.user(loaded.login(FIRST_APPLICANT));
    applications.submit(applications.start(lastBadge, new EvidenceDetails("Projekti", null)));
    signInAs.user(loaded.login(SECOND_APPLICANT));
    Long second = applications.start(lastBadge, new EvidenceDetails("Projekti", null));
    started = System.nanoTime();
    applications.submit(second);
    long assignMillis = (System.nanoTime() - started) / 1_000_000;
    String reviewer = queries.application(second).reviewer();

    String figures =
        String.format(
            "Competence scale: loaded %d teaching staff in %d schools, %d grants, %d other"
                + " applications and their levels in %d ms; principal's staff page (count +"
                + " %d rows with badges and levels) %d ms, school standing %d ms; Helsinki"
                + " standing (%d kinds of school, %d staff) %d ms; network standing (%d staff)"
                + " %d ms; a reviewer's queue of %d %d ms; a teacher's %d applications %d ms;"
                + " sending with the least-loaded reviewer chosen %d ms",
            STAFF,
            SCHOOLS,
            loaded.grants(),
            OPEN_APPLICATIONS,
            loadMillis,
            staffPage.size(),
            staffMillis,
            schoolStandingMillis,
            helsinki.rows().size(),
            helsinki.total().staff(),
            cityMillis,
            network.staff(),
            networkMillis,
            queue,
            queueMillis,
            mine,
            mineMillis,
            assignMillis);
    LOG.info(figures);

    assertEquals(20_000, loaded.grants(), figures);
    IntPredicate ofSchool = i -> CompetenceLoader.schoolOf(i) == 0;
    assertEquals(count(ofSchool).staff(), staffCount, figures);
    assertEquals(25, staffPage.size(), figures);
    assertEquals(
        count(ofSchool).atLevel1(),
        staffPage.stream().filter(member -> member.confirmedLevel() != null).count(),
        figures);
    assertEquals(count(ofSchool), schoolStanding, figures);
    assertEquals(
        expectedByKind(helsinkiBefore, i -> cityOfPerson(i).equals("HELSINKI")),
        byKind(helsinki),
        figures);
    assertEquals(plus(networkBefore, count(i -> true)), network, figures);
    assertEquals(
        IntStream.range(OPEN_FROM, OPEN_FROM + OPEN_APPLICATIONS)
            .filter(i -> CompetenceLoader.reviewerOf(i) == 0)
            .filter(i -> List.of("SUBMITTED", "MORE_ASKED").contains(openState(i)))
            .count(),
        queue,
        figures);
    assertEquals(CompetenceLoader.levelReached(TEACHER) * 5 + 1, mine, figures);
    assertEquals("Opettaja Osaaja" + IDLE_MEMBER, reviewer, figures);
    assertTrue(helsinki.total().percent(Level.BASIC) > 0, figures);
  }

  private static String openState(int i) {
    return CompetenceLoader.openState(i);
  }

  private static String cityOfPerson(int i) {
    return CompetenceLoader.cityOf(CompetenceLoader.schoolOf(i));
  }

  private static String kindOf(int i) {
    int school = CompetenceLoader.schoolOf(i);
    return CompetenceLoader.TYPES[school / CompetenceLoader.CITIES.length % 3]
        + (CompetenceLoader.swedish(school) ? " SV" : " FI");
  }

  /** The loaded staff that the predicate picks, counted as the standing counts them. */
  private static StandingRow count(IntPredicate which) {
    return IntStream.range(0, STAFF)
        .filter(which)
        .mapToObj(CompetenceScaleIT::row)
        .reduce(NOBODY, CompetenceScaleIT::plus);
  }

  private static StandingRow row(int i) {
    int level = CompetenceLoader.levelConfirmed(i);
    return new StandingRow(
        null, null, 1, level >= 1 ? 1 : 0, level >= 2 ? 1 : 0, level >= 3 ? 1 : 0);
  }

  private static StandingRow plus(StandingRow a, StandingRow b) {
    return new StandingRow(
        null,
        null,
        a.staff() + b.staff(),
        a.atLevel1() + b.atLevel1(),
        a.atLevel2() + b.atLevel2(),
        a.atLevel3() + b.atLevel3());
  }

  /** The standing's rows by kind of school, "COMPREHENSIVE FI", without their type and language. */
  private static Map<String, StandingRow> byKind(Standing standing) {
    return standing.rows().stream()
        .collect(
            Collectors.toMap(row -> row.type() + " " + row.language(), row -> plus(NOBODY, row)));
  }

  /** The rows before the load, plus the loaded staff the predicate picks, by kind of school. */
  private static Map<String, StandingRow> expectedByKind(
      Map<String, StandingRow> before, IntPredicate which) {
    Map<String, StandingRow> expected = new HashMap<>(before);
    IntStream.range(0, STAFF)
        .filter(which)
        .forEach(i -> expected.merge(kindOf(i), row(i), CompetenceScaleIT::plus));
    return expected;
  }
}
