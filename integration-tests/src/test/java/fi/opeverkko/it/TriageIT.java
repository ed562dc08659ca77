package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.Outbox;
import fi.opeverkko.platform.OutboxLetter;
import fi.opeverkko.visits.CityVisitFilter;
import fi.opeverkko.visits.CityVisitQueries;
import fi.opeverkko.visits.InboxRow;
import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.TeamVisitQueries;
import fi.opeverkko.visits.TriageRow;
import fi.opeverkko.visits.TriageService;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.visits.VisitRuleException;
import fi.opeverkko.visits.VisitService;
import fi.opeverkko.visits.VisitStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared triage list in the container: a school sends a need without a team, every team leader
 * (and the city's coordinator) finds it, a leader takes it for a team they lead, after which it is
 * an ordinary request in that team's inbox and the school is told; nobody else takes it, nobody
 * takes it for another leader's team, and of two leaders taking it at once exactly one wins.
 */
@ExtendWith(ArquillianExtension.class)
class TriageIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private NetworkOverviewService network;
  @Inject private VisitService visits;
  @Inject private TriageService triage;
  @Inject private TeamVisitQueries teams;
  @Inject private SchoolVisitQueries schools;
  @Inject private CityVisitQueries cities;
  @Inject private VisitPageQueries pages;
  @Inject private Outbox outbox;
  @Inject private Clock clock;
  @Inject private RoutingWorld world;
  @Inject private AsUser asUser;
  @Resource private ManagedExecutorService executor;

  /** A team led by the demo leader, with one expert, who leads a team of their own. */
  private RoutingWorld.Team leadersTeam;

  private RoutingWorld.Team othersTeam;
  private String otherLeader;

  @BeforeEach
  void twoTeamsWithLeadersOfTheirOwn() {
    leadersTeam =
        world.team(
            "team-leader",
            "Triagen aihe " + world.unique(),
            "Triagens tema",
            clock.currentSchoolYear(),
            List.of(
                new RoutingWorld.Expert(
                    "Toinenvetäjä", EnumSet.of(WorkLanguage.FI), "Kallio", "10", true)));
    otherLeader = leadersTeam.logins().get(0);
    othersTeam =
        world.team(
            otherLeader,
            "Toisen tiimin aihe " + world.unique(),
            "Andra teamets tema",
            clock.currentSchoolYear(),
            List.of());
  }

  @AfterEach
  void retireTheTeams() {
    world.retire(othersTeam);
    world.retire(leadersTeam);
  }

  /** The principal's request of a need (no team, no topic) for Kallio, sent; its id. */
  private Long needWithoutTeam(String need) {
    return visits.request(withoutTeam(need));
  }

  /** As the principal: a request for Kallio with a need in their words and no team. */
  private VisitDetails withoutTeam(String need) {
    signInAs.demo("principal");
    Long kallio =
        network.mySchools().stream().map(SchoolOverview::school).findFirst().orElseThrow().getId();
    VisitDetails details = new VisitDetails();
    details.setSchoolId(kallio);
    details.setNeed(need);
    details.setParticipants(15);
    details.setPreferredFrom(clock.today().plusDays(14));
    details.setPreferredUntil(clock.today().plusDays(40));
    details.setGoal("Opettajat saavat tarpeeseensa sopivan koulutuksen.");
    return details;
  }

  /** The letters queued about the request's change (the outbox is read as an admin). */
  private List<OutboxLetter> lettersAbout(Long requestId, VisitAction action) {
    return outbox.newestFirst(null, 0, 500).stream()
        .filter(letter -> letter.getAbout().equals("visit " + requestId + " (" + action + ")"))
        .toList();
  }

  private boolean listed(Long requestId) {
    return triage.waiting().stream().map(TriageRow::requestId).anyMatch(requestId::equals);
  }

  @Test
  @DisplayName("A need without a team waits in the list; its leader takes it into the team's inbox")
  void sentListedAndTaken() {
    String need = "Kiusaamisen ehkäisy välitunneilla " + world.unique();
    Long id = needWithoutTeam(need);
    VisitRequest sent = pages.visit(id).request();
    assertEquals(VisitStatus.SUBMITTED, sent.getStatus());
    assertNull(sent.getTeam());
    assertTrue(sent.waitsForTeam());
    assertEquals("WAITING_FOR_TEAM", sent.getStage(), "the school sees it waiting for a team");
    assertThrows(AccessDeniedException.class, () -> triage.waiting(), "not a school's list");
    assertEquals(
        "visit.needWithoutTeam",
        assertThrows(VisitRuleException.class, () -> visits.request(withoutTeam(" "))).messageKey(),
        "without a team, the need is what the leaders go by");

    signInAs.demo("team-leader");
    assertTrue(listed(id), "every team leader sees it");
    assertEquals(need, pages.visit(id).request().getNeed(), "and may read the request");
    signInAs.demo(otherLeader);
    assertTrue(listed(id));
    signInAs.demo("principal");
    assertTrue(
        schools.ofSchool(sent.getSchool().getId(), 0, 5).stream()
            .anyMatch(r -> r.getId().equals(id)),
        "among the school's newest requests");
    signInAs.demo("coordinator-helsinki");
    assertTrue(listed(id), "the city's coordinator reads it");
    CityVisitFilter helsinki =
        new CityVisitFilter("HELSINKI", VisitStatus.SUBMITTED, null, null, null);
    assertTrue(
        cities.ofCity(helsinki, 0, 500).stream().anyMatch(r -> r.getId().equals(id)),
        "among the city's visits");
    assertTrue(
        new String(ExcelCsv.write(cities.exportOfCity(helsinki)), StandardCharsets.UTF_8)
            .contains(need),
        "and in their CSV");
    signInAs.demo("coordinator-espoo");
    assertFalse(listed(id), "another city's does not");
    signInAs.demo("admin");
    assertTrue(listed(id));
    OutboxLetter toLeader =
        lettersAbout(id, VisitAction.SUBMIT).stream()
            .filter(letter -> letter.getRecipient().equals("team-leader@opeverkko.example"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the team leaders are not told of the need"));
    assertTrue(toLeader.getSubject().startsWith("Tarve odottaa tiimiä: "), toLeader.getSubject());
    assertTrue(
        lettersAbout(id, VisitAction.SUBMIT).stream()
            .noneMatch(letter -> letter.getRecipient().equals("principal@opeverkko.example")),
        "nor the school that sent it");
    signInAs.demo("expert");
    assertThrows(AccessDeniedException.class, () -> triage.waiting(), "a member leads no team");

    // Only a team's own leader takes it, for that team.
    assertThrows(
        AccessDeniedException.class,
        () -> triage.take(id, leadersTeam.id(), null),
        "an expert takes nothing");
    signInAs.demo("admin");
    assertThrows(
        AccessDeniedException.class,
        () -> triage.take(id, leadersTeam.id(), null),
        "admins read the list; the team that will do the work takes");
    signInAs.demo(otherLeader);
    assertThrows(
        AccessDeniedException.class,
        () -> triage.take(id, leadersTeam.id(), null),
        "never for another leader's team");
    assertEquals(
        "visit.waitsForTeam",
        assertThrows(VisitRuleException.class, () -> visits.accept(id)).messageKey(),
        "nobody answers it before a team has it");
    signInAs.demo("team-leader");
    assertEquals(
        "visit.noSuchTopic",
        assertThrows(
                VisitRuleException.class,
                () -> triage.take(id, leadersTeam.id(), othersTeam.topicId()))
            .messageKey(),
        "a topic of another team's catalogue");
    assertTrue(listed(id), "still waiting after every refusal");

    triage.take(id, leadersTeam.id(), leadersTeam.topicId());
    VisitRequest taken = pages.visit(id).request();
    assertEquals(leadersTeam.id(), taken.getTeam().getId());
    assertEquals(leadersTeam.topicId(), taken.getTopic().getId());
    assertEquals(VisitStatus.SUBMITTED, taken.getStatus(), "an ordinary new request");
    assertFalse(listed(id), "no longer in the list");
    List<InboxRow> inbox =
        teams.inbox(leadersTeam.id(), 0, (int) teams.countInbox(leadersTeam.id()));
    assertTrue(inbox.stream().anyMatch(row -> row.request().getId().equals(id)));
    assertTrue(
        pages.visit(id).history().stream().anyMatch(e -> e.getAction() == VisitAction.TAKE),
        "the history says who took it");
    signInAs.demo("admin");
    List<OutboxLetter> letters = lettersAbout(id, VisitAction.TAKE);
    assertEquals(1, letters.size(), "the school is told which team took it");
    assertEquals("principal@opeverkko.example", letters.get(0).getRecipient());

    signInAs.demo(otherLeader);
    assertEquals(
        "visit.alreadyTaken",
        assertThrows(VisitRuleException.class, () -> triage.take(id, othersTeam.id(), null))
            .messageKey());

    // The usual flow from here on.
    signInAs.demo("team-leader");
    visits.accept(id);
    visits.cancel(id, "Triagen testi");
  }

  @Test
  @DisplayName(
      "Two leaders taking one request at once: one takes it, the other is told it is taken")
  void onlyOneOfTwoConcurrentTakesWins() throws Exception {
    Long id = needWithoutTeam("Yhteisopettajuus " + world.unique());
    CountDownLatch ready = new CountDownLatch(2);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> outcomes =
        List.of(leadersTeam, othersTeam).stream()
            .map(
                team ->
                    executor.submit(
                        () ->
                            asUser.call(
                                SignInAs.demoLogin(
                                    team == leadersTeam ? "team-leader" : otherLeader),
                                () -> {
                                  ready.countDown();
                                  go.await();
                                  try {
                                    triage.take(id, team.id(), null);
                                    return "taken";
                                  } catch (VisitRuleException refused) {
                                    return refused.messageKey();
                                  }
                                })))
            .toList();
    ready.await();
    go.countDown();
    List<String> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());
    assertTrue(
        results.contains("taken") && results.contains("visit.alreadyTaken"), results.toString());
    signInAs.demo("admin");
    VisitRequest request = pages.visit(id).request();
    boolean mine = request.getTeam().getId().equals(leadersTeam.id());
    assertEquals(mine ? "taken" : "visit.alreadyTaken", results.get(0), "the winner's team has it");
    assertEquals(
        1,
        pages.visit(id).history().stream().filter(e -> e.getAction() == VisitAction.TAKE).count());
    signInAs.demo(mine ? "team-leader" : otherLeader);
    visits.cancel(id, "Triagen testi");
  }
}
