package fi.opeverkko.it;

import fi.opeverkko.platform.Clock;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * A training visit's whole life across roles, in the browser: the principal requests, the team
 * leader accepts and schedules (refused a day already past, then a day ahead), the visit's day
 * comes and goes, the expert sees it in their calendar, it is delivered, the principal gives
 * feedback, the leader closes it and the principal sees it closed. The portal books no visit into
 * the past, so the day passes in the container ({@link PastVisits}); the walk itself is {@link
 * VisitLifeWalk}.
 */
@ExtendWith(ArquillianExtension.class)
// As CompetenceBrowserIT: the container's JVM has no skip.keycloak property.
@DisabledIfSystemProperty(named = "skip.keycloak", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitLifeBrowserIT {

  /** How the walk's visits' goals begin, so that the container finds the one walked. */
  static final String GOAL = "Pihapedagogiikka, käynnin kulku ";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private PastVisits pastVisits;

  @Test
  @Order(1)
  @RunAsClient
  @DisplayName("Principal requests, leader accepts and is refused a past day, then books one ahead")
  void requestedAndBooked() {
    VisitLifeWalk.requestedAndBooked();
  }

  @Test
  @Order(2)
  @DisplayName("The visit's day comes and goes")
  void dayPasses() {
    pastVisits.moveBack(pastVisits.newestScheduled(GOAL), deliveredVisitStart());
  }

  @Test
  @Order(3)
  @RunAsClient
  @DisplayName("Expert sees it in the calendar, leader delivers, principal gives feedback, closed")
  void deliveredAndClosed() {
    VisitLifeWalk.deliveredAndClosed();
  }

  /**
   * Delivered visits lie in the past: yesterday, unless that is last month (the calendar opens on
   * this month), then early today.
   */
  private static LocalDateTime deliveredVisitStart() {
    LocalDate today = LocalDate.now(Clock.NETWORK_ZONE);
    LocalDate yesterday = today.minusDays(1);
    return yesterday.getMonth() == today.getMonth() ? yesterday.atTime(9, 0) : today.atTime(0, 5);
  }
}
