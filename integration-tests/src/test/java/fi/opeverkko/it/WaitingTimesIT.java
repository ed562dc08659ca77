package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import db.migration.V17__Visit_answer_times;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.TeamWaitingTimes;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.WaitingTimeRow;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The teams' waiting time for the first answer, per term of sending, counted in Finnish working
 * days: crafted requests of a team of their own, sent and answered around Independence Day and
 * Easter.
 */
@ExtendWith(ArquillianExtension.class)
class WaitingTimesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  private static final LocalDate AUTUMN_2024 = LocalDate.of(2024, 8, 1);
  private static final LocalDate SPRING_2025 = LocalDate.of(2025, 1, 1);

  @Inject private SignInAs signInAs;
  @Inject private TeamWaitingTimes waitingTimes;
  @Inject private CompetenceWorld world;
  @Inject private CourseWorld courseWorld;
  @Inject private WaitingWorld waitingWorld;
  @Inject private Clock clock;

  @Resource(lookup = "java:jboss/datasources/OpeverkkoDS")
  private DataSource dataSource;

  private Someone leader;
  private Someone otherLeader;
  private Someone principal;
  private Long team;
  private String teamName;

  @BeforeEach
  void requestsOfATeam() {
    SchoolYear year = clock.currentSchoolYear();
    Long school = world.school("ESPOO", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    principal = world.person("principal", school, SchoolRole.PRINCIPAL, year);
    leader = world.person("leader", school, SchoolRole.TEACHER, year);
    otherLeader = world.person("leader", school, SchoolRole.TEACHER, year);
    team = courseWorld.team(leader.id(), leader.id(), year);
    courseWorld.team(otherLeader.id(), otherLeader.id(), year);
    // Monday to Friday: four working days.
    send(school, "2024-09-02T09:00", VisitAction.ACCEPT, "2024-09-06T14:00");
    // Over Independence Day (Friday 6 December): thirteen working days, too late.
    send(school, "2024-12-02T09:00", VisitAction.DECLINE, "2024-12-20T10:00");
    // Never answered: overdue long ago.
    send(school, "2024-10-01T09:00", null, null);
    // Withdrawn by the school before an answer: neither answered nor waiting.
    send(school, "2024-10-02T09:00", VisitAction.CANCEL, "2024-10-03T09:00");
    // Over Easter 2025 (Good Friday 18 April, Easter Monday 21 April): five working days.
    send(school, "2025-04-14T09:00", VisitAction.ACCEPT, "2025-04-23T12:00");
    signInAs.user(leader);
    teamName = waitingTimes.byTeamAndTerm().get(0).team().in(Locale.forLanguageTag("fi"));
  }

  private void send(Long school, String sent, VisitAction answer, String answered) {
    waitingWorld.request(
        school,
        team,
        principal.id(),
        LocalDateTime.parse(sent),
        answer,
        answered == null ? null : LocalDateTime.parse(answered));
  }

  private List<WaitingTimeRow> ofTheTeam() {
    return waitingTimes.byTeamAndTerm().stream()
        .filter(row -> row.team().in(Locale.forLanguageTag("fi")).equals(teamName))
        .toList();
  }

  private static void assertTerm(
      WaitingTimeRow row,
      LocalDate termStart,
      long answered,
      double mean,
      long withinTen,
      long overdue,
      double share) {
    assertEquals(termStart, row.termStart(), row.toString());
    assertEquals(answered, row.answered(), row.toString());
    assertEquals(mean, row.meanWorkingDays(), 0.001, row.toString());
    assertEquals(withinTen, row.withinTen(), row.toString());
    assertEquals(overdue, row.overdue(), row.toString());
    assertEquals(share, row.shareWithinTen(), 0.001, row.toString());
  }

  @Test
  @DisplayName(
      "Per term of sending: the mean working days to the first answer (holidays not counted) and"
          + " the share answered within ten, an unanswered request counting as late; newest first")
  void waitingTimesPerTerm() {
    signInAs.user(leader);
    List<WaitingTimeRow> rows = waitingTimes.byTeamAndTerm();
    assertEquals(2, rows.size(), "only the leader's own team: " + rows);
    assertTerm(rows.get(0), SPRING_2025, 1, 5, 1, 0, 1.0);
    assertTerm(rows.get(1), AUTUMN_2024, 2, (4 + 13) / 2.0, 1, 1, 1 / 3.0);

    signInAs.user(otherLeader);
    assertEquals(List.of(), waitingTimes.byTeamAndTerm(), "another team's leader");
    signInAs.coordinator("VANTAA");
    assertEquals(2, ofTheTeam().size(), "coordinators read every team's");
    signInAs.user(principal);
    assertThrows(AccessDeniedException.class, () -> waitingTimes.byTeamAndTerm());
  }

  @Test
  @DisplayName(
      "The migration V17 counts the working days of requests answered before it, as the answer"
          + " itself does")
  void migrationCountsTheAnswersBeforeIt() throws SQLException {
    signInAs.user(leader);
    List<WaitingTimeRow> counted = waitingTimes.byTeamAndTerm();
    waitingWorld.forgetAnswerWorkingDays(team);
    assertTrue(
        waitingTimes.byTeamAndTerm().stream().allMatch(row -> row.workingDays() == 0), "forgotten");
    try (Connection connection = dataSource.getConnection()) {
      V17__Visit_answer_times.countAnswerWorkingDays(connection);
    }
    assertEquals(counted, waitingTimes.byTeamAndTerm());
  }
}
