package fi.opeverkko.it;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * Earning a badge in the browser, as issue 14 walks it: the teacher applies with a file, the
 * reviewer asks for more, the teacher adds and sends it back, the reviewer grants, the teacher sees
 * the badge granted; its credential's public page says valid to anyone, and revoked once the
 * reviewer revokes it. (The principal's confirmation of a level and the standing it moves are
 * {@link CompetenceStaffBrowserIT}'s.) The first step runs in the container and lays out what the
 * walk needs whatever the tests before it left ({@link CompetenceWorld#walkOfTwo}); the walk itself
 * is {@link CompetenceWalk}, out of this class, so that the container never loads Selenium's
 * classes.
 */
@ExtendWith(ArquillianExtension.class)
// Not "enabled if skip.keycloak is false" as the other browser tests: the first step runs again in
// the container, whose JVM has no such property, and would be skipped there.
@DisabledIfSystemProperty(named = "skip.keycloak", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CompetenceBrowserIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private CompetenceWorld world;

  @Test
  @Order(1)
  @DisplayName("Two new badges; the teacher's application for one waits for the reviewer login")
  void badgesToWalk() {
    world.walkOfTwo(CompetenceWalk.TEACHER, CompetenceWalk.REVIEWER);
  }

  @Test
  @Order(2)
  @RunAsClient
  @DisplayName(
      "Teacher applies with a file (a refused one first), reviewer asks for more, teacher adds and"
          + " resends, reviewer grants, teacher sees the badge granted; its public page says valid,"
          + " then revoked")
  void teacherEarnsABadge(@TempDir Path files) throws IOException {
    CompetenceWalk.walk(files);
  }

  @Test
  @Order(3)
  @DisplayName("The walk's badges are retired: the tests after it meet the demo's catalogue")
  void walkBadgesRetired() {
    world.retireWalkBadges();
  }
}
