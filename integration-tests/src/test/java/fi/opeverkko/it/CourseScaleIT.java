package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseFilter;
import fi.opeverkko.courses.CoursePage;
import fi.opeverkko.courses.CourseQueries;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The course catalogue of five school years (2,000 courses, 60,000 sign-ups): what the catalogue's
 * searches and an organiser's participant list take. Each reads one page and a count, so the
 * figures (logged for the notes) do not grow with the catalogue.
 */
@ExtendWith(ArquillianExtension.class)
class CourseScaleIT {

  private static final Logger LOG = Logger.getLogger(CourseScaleIT.class.getName());
  private static final int YEARS = 5;
  private static final int COURSES_A_YEAR = Scale.of(400);
  private static final int SIGN_UPS_EACH = 30;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CourseLoader loader;
  @Inject private SignInAs signInAs;
  @Inject private CourseQueries courses;
  @Inject private Clock clock;

  @Test
  @DisplayName("Five years of courses: the catalogue's searches and a participant list stay fast")
  void catalogueStaysFast() {
    long started = System.nanoTime();
    List<Long> loaded = new ArrayList<>();
    for (int yearsBack = 1; yearsBack <= YEARS; yearsBack++) {
      loaded.addAll(loader.year(yearsBack, COURSES_A_YEAR, SIGN_UPS_EACH));
    }
    long loadMillis = (System.nanoTime() - started) / 1_000_000;

    signInAs.user("admin", true, false, null);
    LocalDate today = clock.today();
    CourseFilter fiveYears =
        new CourseFilter(null, null, today.minusYears(YEARS + 1), today, null, null, null);
    CoursePage all = courses.catalogue(fiveYears, 0, 25);
    long deepPage = Timing.millis(() -> courses.catalogue(fiveYears, 1000, 25).rows().size());
    CourseFilter narrowed =
        new CourseFilter(
            Level.BASIC,
            TeachingLanguage.SV,
            today.minusYears(YEARS + 1),
            today,
            SessionKind.WEBINAR,
            null,
            null);
    long narrowPage = Timing.millis(() -> courses.catalogue(narrowed, 0, 25).total());
    long upcoming = Timing.millis(() -> courses.catalogue(CourseFilter.any(), 0, 25).total());
    Long course = loaded.get(loaded.size() / 2);
    long participants =
        Timing.millis(
            () ->
                courses.participants(course, 10, 10).rows().size()
                    + courses.participantCount(course));

    String figures =
        String.format(
            "Course scale: loaded %d courses with %d sign-ups each in %d ms; catalogue of %d"
                + " courses over five years: page 41 %d ms, narrowed (level, language, format)"
                + " %d ms, the whole catalogue's first page %d ms; a course's participants, page"
                + " 2 and count, %d ms",
            loaded.size(),
            SIGN_UPS_EACH,
            loadMillis,
            all.total(),
            deepPage,
            narrowPage,
            upcoming,
            participants);
    LOG.info(figures);
    assertTrue(all.total() >= YEARS * COURSES_A_YEAR, figures);
    assertEquals(SIGN_UPS_EACH, courses.participantCount(course), figures);
  }
}
