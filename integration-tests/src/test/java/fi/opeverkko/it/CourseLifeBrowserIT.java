package fi.opeverkko.it;

import jakarta.inject.Inject;
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
 * A course's life in the browser: the organiser marks attendance for a course whose sessions are
 * past, the teacher sees it completed and adds it to a badge application; the organiser pools a
 * Swedish course under its minimum and its participant is told through the outbox. The courses are
 * laid out in the container first ({@link CourseLifeWalkWorld}: the pages refuse sessions in the
 * past), the walk itself is {@link CourseLifeWalk}, out of this class so that the container never
 * loads Selenium's classes; the last step checks the letter and puts the demo back.
 */
@ExtendWith(ArquillianExtension.class)
// As CompetenceBrowserIT: the container's JVM has no skip.keycloak property.
@DisabledIfSystemProperty(named = "skip.keycloak", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CourseLifeBrowserIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CourseLifeWalkWorld world;

  @Test
  @Order(1)
  @DisplayName("A held course and a Swedish course waiting for its decision, the teacher on both")
  void coursesToWalk() {
    world.layOut(CourseLifeWalk.TEACHER);
  }

  @Test
  @Order(2)
  @RunAsClient
  @DisplayName(
      "Organiser marks attendance, teacher sees the course completed and adds it to a badge"
          + " application; organiser pools the Swedish course")
  void organiserAndTeacher() {
    CourseLifeWalk.walk();
  }

  @Test
  @Order(3)
  @DisplayName("The participant is told of the pooling; the demo is put back")
  void toldAndPutBack() {
    try {
      world.poolingTold(CourseLifeWalk.TEACHER);
    } finally {
      world.cleanUp();
    }
  }
}
