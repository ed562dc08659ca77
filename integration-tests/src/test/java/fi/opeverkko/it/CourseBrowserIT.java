package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Signing up for a course in the browser, as issue 15 walks it: the teacher takes the last of 20
 * places in one click, a second teacher lands first on the waitlist, the teacher cancels, and the
 * second teacher is moved in, told by email and sees the place on their pages. The first step lays
 * out the nearly full course in the container; the walk itself is {@link CourseWalk}, out of this
 * class, so that the container never loads Selenium's classes; the last step takes the course out
 * again, so the tests after it meet the demo as it was.
 */
@ExtendWith(ArquillianExtension.class)
// Not "enabled if skip.keycloak is false": the container's JVM has no such property (see
// CompetenceBrowserIT).
@DisabledIfSystemProperty(named = "skip.keycloak", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseBrowserIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CourseWorld world;

  @Test
  @Order(1)
  @DisplayName("A course of 20 places with 19 given, open for sign-up")
  void nearlyFullCourse() {
    world.walkCourse(CourseWalk.COURSE, CourseWalk.CAPACITY);
  }

  @Test
  @Order(2)
  @RunAsClient
  @DisplayName(
      "Teacher takes the last place in one click (focus on the outcome), a second teacher waits"
          + " first, the teacher cancels: the second is moved in and sees the place")
  void lastPlaceAndTheWaitlist() {
    CourseWalk.walk();
  }

  @Test
  @Order(3)
  @DisplayName("The second teacher is told of the place by email, in Finnish")
  void movedInIsTold() {
    List<String> letters = world.movedInLetters("reviewer@opeverkko.example");
    assertEquals(1, letters.size(), letters.toString());
    assertTrue(letters.get(0).contains("siirryit varasijalta osallistujaksi"), letters.get(0));
  }

  @Test
  @Order(4)
  @DisplayName("The walk's course is taken out: the tests after it meet the demo's catalogue")
  void walkCourseRemoved() {
    world.removeWalkCourse();
  }
}
