package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.AssignmentService;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.ProposalStatus;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.TeamDetail;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.network.TopicAudience;
import fi.opeverkko.network.TopicDetails;
import fi.opeverkko.network.TutorProposal;
import fi.opeverkko.network.TutorProposals;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Principals propose tutors and coordinators confirm them; team leaders keep their own team. */
@ExtendWith(ArquillianExtension.class)
class TutorsAndTeamsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  /** Emails made by this run, so that a rerun on the same database starts from a clean slate. */
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  @Inject private SignInAs signInAs;
  @Inject private TutorProposals proposals;
  @Inject private AssignmentService assignments;
  @Inject private NetworkOverviewService network;
  @Inject private TeamService teams;
  @Inject private Clock clock;

  private Long kallio() {
    signInAs.user("principal");
    return network.mySchools().get(0).school().getId();
  }

  private long tutors(Long schoolId, SchoolYear year) {
    return assignments.school(schoolId, year).staff().stream()
        .filter(a -> a.getRole() == SchoolRole.TUTOR)
        .count();
  }

  private static PersonDetails teacher(String first, String email) {
    return new PersonDetails(first, "Ehdokas", email, null, EnumSet.of(WorkLanguage.FI));
  }

  @Test
  @DisplayName("A principal proposes a tutor; the coordinator confirms and the tutor is assigned")
  void proposeAndConfirm() {
    Long kallio = kallio();
    SchoolYear year = clock.currentSchoolYear();
    TutorProposal proposal =
        proposals.propose(
            kallio, year, teacher("Emilia", "emilia.ehdokas" + RUN + "@opeverkko.example"));
    NetworkRuleException twice =
        assertThrows(
            NetworkRuleException.class,
            () ->
                proposals.propose(
                    kallio,
                    year,
                    teacher("Emilia", "EMILIA.ehdokas" + RUN + "@opeverkko.example")));
    assertEquals("rule.alreadyProposed", twice.messageKey());

    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> proposals.confirm(proposal.getId()));

    signInAs.coordinator("HELSINKI");
    assertTrue(
        proposals.pendingInCity("HELSINKI").stream()
            .anyMatch(p -> p.getId().equals(proposal.getId())));
    long before = tutors(kallio, year);
    SchoolAssignment tutor = proposals.confirm(proposal.getId());
    assertEquals(before + 1, tutors(kallio, year));
    assignments.unassign(tutor.getId()); // leaves the school room for the browser tests' tutor
    assertEquals(
        ProposalStatus.CONFIRMED,
        proposals.ofSchool(kallio, year).stream()
            .filter(p -> p.getId().equals(proposal.getId()))
            .findFirst()
            .orElseThrow()
            .getStatus());
  }

  @Test
  @DisplayName("A principal cannot propose tutors for another school")
  void principalOnlyForOwnSchool() {
    signInAs.coordinator("HELSINKI");
    Long other =
        assignments.coverage("HELSINKI", SchoolRole.TUTOR, clock.currentSchoolYear()).stream()
            .filter(c -> !c.school().getNameFi().equals("Kallion peruskoulu"))
            .findFirst()
            .orElseThrow()
            .school()
            .getId();
    signInAs.user("principal");
    assertThrows(
        AccessDeniedException.class,
        () ->
            proposals.propose(
                other,
                clock.currentSchoolYear(),
                teacher("Väärä", "vaara" + RUN + "@opeverkko.example")));
    Long kallio = kallio();
    signInAs.user("tutor");
    assertThrows(
        AccessDeniedException.class,
        () ->
            proposals.propose(
                kallio, clock.currentSchoolYear(), teacher("T", "t" + RUN + "@opeverkko.example")));
  }

  @Test
  @DisplayName("Confirming a proposal for a school with four tutors is refused and nothing changes")
  void confirmKeepsTheLimit() {
    Long kallio = kallio();
    SchoolYear next = clock.currentSchoolYear().next();
    for (int i = 1; i <= 5; i++) {
      proposals.propose(
          kallio, next, teacher("Viides" + i, "viides" + i + RUN + "@opeverkko.example"));
    }
    signInAs.coordinator("HELSINKI");
    var pending =
        proposals.ofSchool(kallio, next).stream()
            .filter(p -> p.getEmail().startsWith("viides"))
            .sorted((a, b) -> a.getEmail().compareTo(b.getEmail()))
            .toList();
    long before = tutors(kallio, next);
    for (TutorProposal proposal : pending.subList(0, (int) (4 - before))) {
      proposals.confirm(proposal.getId());
    }
    TutorProposal fifth = pending.get(4);
    NetworkRuleException refused =
        assertThrows(NetworkRuleException.class, () -> proposals.confirm(fifth.getId()));
    assertEquals("rule.roleFull", refused.messageKey());
    assertEquals(4, tutors(kallio, next));
    assertEquals(
        ProposalStatus.PROPOSED,
        proposals.ofSchool(kallio, next).stream()
            .filter(p -> p.getId().equals(fifth.getId()))
            .findFirst()
            .orElseThrow()
            .getStatus(),
        "the refused confirmation rolled back");
  }

  private Long teamLedBy(String login) {
    signInAs.user(login);
    return network.myTeams().stream()
        .map(TeamOverview::team)
        .filter(t -> t.getLeader() != null && login.equals(t.getLeader().getLoginName()))
        .findFirst()
        .orElseThrow()
        .getId();
  }

  private static TopicDetails topic(String title) {
    TopicDetails details = new TopicDetails();
    details.setTitleFi(title + " fi");
    details.setTitleSv(title + " sv");
    details.setTitleEn(title + " en");
    details.setDescriptionFi("Kuvaus");
    details.setDescriptionSv("Beskrivning");
    details.setDescriptionEn("Description");
    details.setAudiences(EnumSet.of(TopicAudience.PRIMARY, TopicAudience.LOWER_SECONDARY));
    details.setTypicalMinutes(120);
    return details;
  }

  @Test
  @DisplayName(
      "A team leader keeps their team's topics and hours; a retired topic leaves the catalogue")
  void leaderKeepsOwnTeam() {
    Long team = teamLedBy("team-leader");
    SchoolYear year = clock.currentSchoolYear();
    TeamTopic added = teams.addTopic(team, topic("Oppimisympäristöt pihalla"));
    TeamDetail detail = teams.team(team, year);
    assertTrue(detail.editable());
    var member = detail.overview().members().get(0);
    teams.changeHours(member.getId(), new BigDecimal("10.5"));
    assertEquals(
        0,
        new BigDecimal("10.5")
            .compareTo(
                teams.team(team, year).overview().members().stream()
                    .filter(m -> m.getId().equals(member.getId()))
                    .findFirst()
                    .orElseThrow()
                    .getWeeklyHours()));
    NetworkRuleException hours =
        assertThrows(
            NetworkRuleException.class,
            () -> teams.changeHours(member.getId(), new BigDecimal("41")));
    assertEquals("rule.weeklyHours", hours.messageKey());

    teams.setTopicActive(added.getId(), false);
    signInAs.user("expert");
    TeamDetail seenByOthers = teams.team(team, year);
    assertTrue(!seenByOthers.editable());
    assertTrue(seenByOthers.topics().stream().noneMatch(t -> t.getId().equals(added.getId())));
    assertEquals("Oppimisympäristöt pihalla sv", added.title(Locale.forLanguageTag("sv")));
  }

  @Test
  @DisplayName("A team leader, an expert and a coordinator are refused editing another team")
  void othersCannotEditATeam() {
    Long ownTeam = teamLedBy("team-leader");
    signInAs.coordinator("HELSINKI");
    Long otherTeam =
        network.allTeams().stream()
            .map(TeamOverview::team)
            .filter(t -> !t.getId().equals(ownTeam))
            .findFirst()
            .orElseThrow()
            .getId();
    for (String login : new String[] {"team-leader", "expert", "coordinator-helsinki"}) {
      signInAs.user(login, false, login.startsWith("coordinator"), "HELSINKI");
      assertThrows(AccessDeniedException.class, () -> teams.addTopic(otherTeam, topic("Luvaton")));
    }
    signInAs.user("expert");
    Long membership =
        teams.team(ownTeam, clock.currentSchoolYear()).overview().members().get(0).getId();
    assertThrows(AccessDeniedException.class, () -> teams.removeMember(membership));
  }
}
