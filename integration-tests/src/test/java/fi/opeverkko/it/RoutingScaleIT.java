package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.visits.Proposal;
import fi.opeverkko.visits.ProposalService;
import fi.opeverkko.visits.TopicSearch;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The topic search and the proposals on a catalogue of a few thousand topics and a team of a few
 * thousand experts: the figures are printed, not asserted (the machine's load varies).
 */
@ExtendWith(ArquillianExtension.class)
class RoutingScaleIT {

  private static final Logger LOG = Logger.getLogger(RoutingScaleIT.class.getName());
  private static final int TOPICS = 3000;
  private static final int EXPERTS = 2000;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private RoutingWorld world;
  @Inject private SignInAs signInAs;
  @Inject private NetworkOverviewService network;
  @Inject private TopicSearch search;
  @Inject private ProposalService proposals;
  @Inject private VisitService visits;
  @Inject private Clock clock;

  @Test
  @DisplayName("3,000 topics and 2,000 experts: search and proposal times printed")
  void searchAndProposalsOnThousands() {
    List<RoutingWorld.Expert> experts = new ArrayList<>();
    for (int i = 0; i < EXPERTS; i++) {
      experts.add(
          new RoutingWorld.Expert(
              "Asiantuntija" + i,
              EnumSet.of(i % 3 == 0 ? WorkLanguage.SV : WorkLanguage.FI),
              "Alue" + i % 20,
              String.valueOf(4 + i % 8),
              true));
    }
    long started = System.nanoTime();
    RoutingWorld.Team team =
        world.team(
            "team-leader",
            "Ohjelmoinnin alkeet " + world.unique(),
            "Programmeringens grunder",
            clock.currentSchoolYear(),
            experts);
    world.moreTopics(
        team.id(),
        TOPICS,
        List.of(
            "Ohjelmointikerho",
            "Itsearvioinnin välineet",
            "Lukutaidon tukeminen",
            "Oppimisympäristön suunnittelu",
            "Robotiikan perusteet"));
    long loadMillis = (System.nanoTime() - started) / 1_000_000;
    try {
      signInAs.user("principal");
      Locale fi = Locale.forLanguageTag("fi");
      started = System.nanoTime();
      int found = search.search("ohjelmointi", fi).size();
      long firstSearch = (System.nanoTime() - started) / 1_000_000;
      long search1 = Timing.millis(() -> search.search("ohjelmointi", fi));
      long search2 = Timing.millis(() -> search.search("itsearviointi lukutaito", fi));
      assertEquals(TopicSearch.MOST_HITS, found);

      VisitDetails details = new VisitDetails();
      details.setSchoolId(network.mySchools().get(0).school().getId());
      details.setTeamId(team.id());
      details.setTopicId(team.topicId());
      details.setParticipants(20);
      details.setPreferredFrom(clock.today().plusDays(7));
      details.setPreferredUntil(clock.today().plusDays(21));
      details.setGoal("Mittaus.");
      Long request = visits.request(details);
      signInAs.user("team-leader");
      List<Proposal> proposed = proposals.proposals(request);
      long proposing = Timing.millis(() -> proposals.proposals(request));
      assertFalse(proposed.isEmpty());
      signInAs.user("principal");
      visits.cancel(request, "Mittaus tehty");

      LOG.info(
          String.format(
              "Routing scale: loaded %d topics and %d experts in %d ms; search with the index"
                  + " built %d ms, then %d ms and %d ms (two words); three proposals out of"
                  + " %d experts over two weeks %d ms",
              TOPICS + 1, EXPERTS, loadMillis, firstSearch, search1, search2, EXPERTS, proposing));
    } finally {
      world.retire(team);
    }
  }
}
