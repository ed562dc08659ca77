package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.Level;
import fi.opeverkko.competence.StandingRow;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.Dashboard;
import fi.opeverkko.reporting.DashboardQueries;
import fi.opeverkko.reporting.DashboardRow;
import fi.opeverkko.reporting.Grouping;
import fi.opeverkko.reporting.RecentDashboards;
import fi.opeverkko.reporting.TermFigures;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.ToLongFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The target dashboard against the data: a school's grant and confirmed level show in its row, the
 * standing agrees with competence's own by kind of school, every grouping adds up to the same
 * total, a city's schools add up to its row, the terms to the year; and each reader's scope.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private DashboardQueries dashboards;
  @Inject private RecentDashboards recentDashboards;
  @Inject private StandingService standings;
  @Inject private CompetenceWorld people;
  @Inject private DashboardWorld world;
  @Inject private CourseWorld courses;
  @Inject private Clock clock;

  private SchoolYear year;

  @BeforeEach
  void setUp() {
    year = clock.currentSchoolYear();
  }

  @Test
  @DisplayName("A teacher's grant and confirmed level show in their school's row and its city's")
  void aSchoolsFiguresShow() {
    Long school = people.school("VANTAA", SchoolType.VOCATIONAL, TeachingLanguage.SV);
    Someone teacher = people.person("dash", school, SchoolRole.TEACHER, year);
    Someone reviewer = people.person("dashrev", school, SchoolRole.PRINCIPAL, year);
    world.grantAndConfirm(teacher.id(), reviewer.id());

    signInAs.admin();
    Dashboard vantaa = dashboards.dashboard(year, Grouping.SCHOOL, "VANTAA");
    DashboardRow row =
        vantaa.rows().stream()
            .filter(r -> r.key().equals(school.toString()))
            .findFirst()
            .orElseThrow();
    assertEquals(2, row.staff(), "the teacher and the principal");
    assertEquals(1, row.atLevel1());
    assertEquals(50.0, row.percent(Level.BASIC));
    assertEquals(1, row.grants());
    assertEquals(0, row.visits());
    assertEquals(0, row.coursePlaces());

    DashboardRow city = only(dashboards.dashboard(year, Grouping.CITY, "VANTAA"));
    assertEquals("VANTAA", city.key());
    assertSame(vantaa.total(), city);
  }

  @Test
  @DisplayName(
      "Two teachers' places on a course show in their school's row, one of them completed: marked"
          + " at every session; the trend counts the places in their term")
  void courseParticipationShows() {
    Long school = people.school("ESPOO", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Someone done = people.person("dashcourse", school, SchoolRole.TEACHER, year);
    Someone begun = people.person("dashcourse2", school, SchoolRole.TEACHER, year);
    String name = "Mittariston kurssi " + done.id();
    try {
      Long course = courses.pastCourse(name, null, school, List.of(done.id(), begun.id()), 0);
      world.attendEverySession(course, done.id());

      signInAs.admin();
      DashboardRow row =
          dashboards.dashboard(year, Grouping.SCHOOL, "ESPOO").rows().stream()
              .filter(r -> r.key().equals(school.toString()))
              .findFirst()
              .orElseThrow();
      assertEquals(2, row.coursePlaces());
      assertEquals(1, row.coursesCompleted());
    } finally {
      courses.removeCourses(name);
    }
  }

  @Test
  @DisplayName(
      "Every grouping adds up to the network's total, which agrees with competence's standing;"
          + " the terms add up to the year")
  void figuresAddUp() {
    signInAs.admin();
    Dashboard byCity = dashboards.dashboard(year, Grouping.CITY, null);
    DashboardRow total = byCity.total();
    for (Grouping grouping : Grouping.values()) {
      Dashboard other = dashboards.dashboard(year, grouping, null);
      assertSame(total, other.total());
      assertEquals(total.grants(), sum(other.rows(), DashboardRow::grants), grouping.name());
      assertEquals(total.staff(), sum(other.rows(), DashboardRow::staff), grouping.name());
      assertEquals(
          total.coursePlaces(), sum(other.rows(), DashboardRow::coursePlaces), grouping.name());
    }
    StandingRow standing = standings.network(year).total();
    assertEquals(standing.staff(), total.staff());
    for (Level level : Level.values()) {
      assertEquals(standing.atLevel(level), total.atLevel(level), level.name());
    }
    for (DashboardRow city : byCity.rows()) {
      assertSame(city, dashboards.dashboard(year, Grouping.SCHOOL, city.key()).total());
    }
    List<TermFigures> thisYear = byCity.trend().subList(2, 4);
    assertEquals(total.grants(), thisYear.stream().mapToLong(TermFigures::grants).sum());
    assertEquals(total.visits(), thisYear.stream().mapToLong(TermFigures::visits).sum());
    assertEquals(
        total.coursePlaces(), thisYear.stream().mapToLong(TermFigures::coursePlaces).sum());
    assertEquals(
        total.minutesLogged(), thisYear.stream().mapToLong(TermFigures::minutesLogged).sum());
    assertTrue(total.minutesLogged() > 0 && total.plansApproved() > 0, "the demo's activity");
  }

  @Test
  @DisplayName(
      "A coordinator reads their own city whatever is asked and is refused another city;"
          + " teachers and principals read no dashboard")
  void eachReaderInTheirScope() {
    signInAs.coordinator("ESPOO");
    Dashboard own = dashboards.dashboard(year, Grouping.CITY, null);
    assertEquals("ESPOO", own.cityCode());
    assertEquals(List.of("ESPOO"), own.rows().stream().map(DashboardRow::key).toList());
    assertThrows(
        AccessDeniedException.class, () -> dashboards.dashboard(year, Grouping.SCHOOL, "HELSINKI"));

    signInAs.user("principal");
    assertThrows(
        AccessDeniedException.class, () -> dashboards.dashboard(year, Grouping.SCHOOL, "HELSINKI"));
    signInAs.user("teacher");
    assertThrows(
        AccessDeniedException.class, () -> dashboards.dashboard(year, Grouping.CITY, null));
  }

  @Test
  @DisplayName(
      "The page's dashboard is counted once and shown again within five minutes, each reader's"
          + " scope checked before")
  void recentDashboardKeptWithinScope() {
    signInAs.coordinator("VANTAA");
    Dashboard counted = recentDashboards.dashboard(year, Grouping.SCHOOL, null);
    assertEquals("VANTAA", counted.cityCode());
    assertTrue(
        counted == recentDashboards.dashboard(year, Grouping.SCHOOL, "VANTAA"),
        "counted again within five minutes");
    assertTrue(!counted.countedAt().isAfter(clock.now()), "counted at " + counted.countedAt());

    signInAs.coordinator("ESPOO");
    assertEquals("ESPOO", recentDashboards.dashboard(year, Grouping.SCHOOL, null).cityCode());
    assertThrows(
        AccessDeniedException.class,
        () -> recentDashboards.dashboard(year, Grouping.SCHOOL, "VANTAA"));
    signInAs.user("principal");
    assertThrows(
        AccessDeniedException.class,
        () -> recentDashboards.dashboard(year, Grouping.SCHOOL, "VANTAA"));
  }

  /** The same figures, whatever the group's name. */
  private static void assertSame(DashboardRow expected, DashboardRow actual) {
    assertEquals(figures(expected), figures(actual));
  }

  private static List<Long> figures(DashboardRow row) {
    return List.of(
        row.staff(),
        row.atLevel1(),
        row.atLevel2(),
        row.atLevel3(),
        row.grants(),
        row.visits(),
        row.feedbackGiven(),
        row.ratingSum(),
        row.plansApproved(),
        row.minutesLogged(),
        row.coursePlaces(),
        row.coursesCompleted());
  }

  private static DashboardRow only(Dashboard dashboard) {
    assertEquals(1, dashboard.rows().size());
    return dashboard.rows().get(0);
  }

  private static long sum(List<DashboardRow> rows, ToLongFunction<DashboardRow> figure) {
    return rows.stream().mapToLong(figure).sum();
  }
}
