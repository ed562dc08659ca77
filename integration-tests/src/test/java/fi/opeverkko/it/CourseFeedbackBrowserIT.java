package fi.opeverkko.it;

import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feedback that leads somewhere, in the browser: the participants of a course that ended two days
 * ago (laid out in the container: no page puts a course in the past) answer from their home page,
 * their average under 3.5 opens the feedback discussion, the team leader records it and closes it
 * ({@link CourseFeedbackWalk}). The course and all it led to are removed afterwards.
 *
 * <p>Like {@link CompetenceBrowserIT}, it deploys the portal with its test classes instead of
 * joining the shared portal ({@code @OnSharedPortal} classes have no in-container steps).
 */
@ExtendWith(ArquillianExtension.class)
// The first and last steps run again in the container, whose JVM has no skip.keycloak property.
@DisabledIfSystemProperty(named = "skip.keycloak", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseFeedbackBrowserIT {

  static final String COURSE = "Palautekävelyn kurssi";

  /** Demo logins with a school, who answer in the walk. */
  static final List<String> PARTICIPANTS = List.of("teacher", "principal", "reviewer");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CourseWorld world;

  @Test
  @Order(1)
  @DisplayName("A Learning environments course ended two days ago with three demo logins in")
  void pastCourseOfTheDemoTeam() {
    world.removeCourses(COURSE);
    world.pastCourseOfLogins(COURSE, "LEARNING_ENVIRONMENTS", PARTICIPANTS, 2);
  }

  @Test
  @Order(2)
  @RunAsClient
  @DisplayName(
      "Three participants answer under 3.5, the discussion opens, the team leader records and"
          + " closes it")
  void feedbackLeadsToADiscussion() {
    CourseFeedbackWalk.walk(COURSE);
  }

  @Test
  @Order(3)
  @DisplayName("The course, its feedback and its discussion are removed")
  void courseRemoved() {
    world.removeCourses(COURSE);
  }
}
