package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.ApplicationRow;
import fi.opeverkko.competence.ApplicationStatus;
import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.Level;
import fi.opeverkko.competence.StandingRow;
import fi.opeverkko.competence.StandingService;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo network's badges and levels as the demo logins meet them. Other tests retire the
 * catalogue's badges for a clean slate of their own, so the catalogue is read with the retired.
 */
@ExtendWith(ArquillianExtension.class)
class CompetenceDemoIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private CatalogueService catalogue;
  @Inject private ApplicationQueries queries;
  @Inject private StandingService standing;
  @Inject private Clock clock;

  @Test
  @DisplayName("The demo catalogue has badges on all three levels")
  void catalogueOnThreeLevels() {
    signInAs.user("teacher");
    List<BadgeRow> badges = catalogue.catalogue(true);
    Set<Level> levels = badges.stream().map(BadgeRow::level).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(Level.class), levels, badges.toString());
  }

  @Test
  @DisplayName("The teacher login has an application the reviewer asked more for")
  void teacherWasAskedForMore() {
    signInAs.user("teacher");
    List<ApplicationRow> mine = queries.mine(0, 50);
    assertTrue(
        mine.stream().anyMatch(row -> row.status() == ApplicationStatus.MORE_ASKED),
        mine.toString());
    assertTrue(
        mine.stream().anyMatch(row -> row.status() == ApplicationStatus.GRANTED),
        "and a level 1 badge granted: " + mine);
  }

  @Test
  @DisplayName("The reviewer login has a review waiting")
  void reviewerHasAReviewWaiting() {
    signInAs.user("reviewer");
    assertTrue(
        queries.reviews(0, 50).stream()
            .anyMatch(
                row ->
                    row.status() == ApplicationStatus.SUBMITTED
                        && row.applicant().contains("Koivisto")),
        queries.reviews(0, 50).toString());
  }

  @Test
  @DisplayName("Kallion peruskoulu's standing shows a share of its staff at a confirmed level 1")
  void kallioHasConfirmedLevels() {
    SignedInUser principal = signInAs.user("principal");
    Long kallio = principal.schoolIds().iterator().next();
    StandingRow total = standing.school(kallio, clock.currentSchoolYear()).total();
    assertTrue(total.staff() >= 14, "the principal and the teaching staff: " + total);
    assertTrue(total.atLevel1() > 0, total.toString());
    assertTrue(total.percent(Level.BASIC) < 100, "not all of them yet: " + total);
  }
}
