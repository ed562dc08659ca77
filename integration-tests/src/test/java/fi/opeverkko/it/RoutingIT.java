package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.visits.ExpertBooking;
import fi.opeverkko.visits.ExpertCalendarQueries;
import fi.opeverkko.visits.Proposal;
import fi.opeverkko.visits.ProposalService;
import fi.opeverkko.visits.ProposedExpert;
import fi.opeverkko.visits.TopicHit;
import fi.opeverkko.visits.TopicSearch;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitPageQueries;
import fi.opeverkko.visits.VisitSchedule;
import fi.opeverkko.visits.VisitService;
import fi.opeverkko.visits.VisitStatus;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a need to the right expert, in the container: the topic search in Finnish and Swedish, and
 * the proposals on crafted calendars (an expert without the topic, with a full week or over their
 * hours is never proposed; a Swedish-language school gets Swedish speakers first), booked in one
 * click through the scheduling rules; only the team's leader is proposed anything. The leader (or
 * an admin) chooses which topics each expert gives, and only for their own team.
 */
@ExtendWith(ArquillianExtension.class)
class RoutingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private NetworkOverviewService network;
  @Inject private TopicSearch search;
  @Inject private ProposalService proposals;
  @Inject private VisitService visits;
  @Inject private VisitPageQueries pages;
  @Inject private ExpertCalendarQueries calendars;
  @Inject private Clock clock;
  @Inject private RoutingWorld world;
  @Inject private TeamService teams;

  private static List<Long> ids(List<TopicHit> hits) {
    return hits.stream().map(TopicHit::topicId).toList();
  }

  @Test
  void aFinnishOrSwedishNeedFindsTheTopicInAnyForm() {
    String word = world.unique();
    RoutingWorld.Team team =
        world.team(
            "team-leader",
            "Ohjelmoinnin alkeet " + word,
            "Programmeringens grunder " + word,
            clock.currentSchoolYear(),
            List.of());
    try {
      signInAs.user("principal");
      assertTrue(
          ids(search.search("ohjelmointi", Locale.forLanguageTag("fi"))).contains(team.topicId()));
      assertTrue(
          ids(search.search("ohjelmoinnista", Locale.forLanguageTag("fi")))
              .contains(team.topicId()));
      assertTrue(
          ids(search.search("programmering", Locale.forLanguageTag("sv")))
              .contains(team.topicId()));
      TopicHit hit = search.search("ohjelmointi " + word, Locale.forLanguageTag("fi")).get(0);
      assertEquals(team.topicId(), hit.topicId());
      assertEquals(team.id(), hit.teamId(), "the topic found fixes its team");
      assertFalse(
          ids(search.search("sukellus", Locale.forLanguageTag("fi"))).contains(team.topicId()));
    } finally {
      world.retire(team);
    }
    signInAs.user("principal");
    assertFalse(
        ids(search.search("ohjelmointi", Locale.forLanguageTag("fi"))).contains(team.topicId()),
        "a retired topic is no longer found: the index follows the catalogue");
  }

  @Test
  void proposalsFollowTopicLanguageHoursAndCalendar() {
    // A week three weeks ahead, Monday to Friday: in the future, and a week of its own.
    LocalDate monday =
        clock.today().plusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    Set<WorkLanguage> fi = EnumSet.of(WorkLanguage.FI);
    Set<WorkLanguage> sv = EnumSet.of(WorkLanguage.SV);
    RoutingWorld.Team team =
        world.team(
            "team-leader",
            "Reitityksen aihe " + world.unique(),
            "Routningens tema",
            clock.currentSchoolYear(),
            List.of(
                new RoutingWorld.Expert("Finnish", fi, "Lauttasaari", "10", true),
                new RoutingWorld.Expert("Notopic", sv, "Lauttasaari", "10", false),
                new RoutingWorld.Expert("Swedish", sv, "Kallio", "10", true),
                new RoutingWorld.Expert(
                    "Fullweek",
                    EnumSet.of(WorkLanguage.FI, WorkLanguage.SV),
                    "Lauttasaari",
                    "8",
                    true),
                new RoutingWorld.Expert("Fewhours", sv, "Lauttasaari", "1", true)));
    Long finnish = team.expertIds().get(0);
    Long noTopic = team.expertIds().get(1);
    Long swedish = team.expertIds().get(2);
    Long fullWeek = team.expertIds().get(3);
    Long fewHours = team.expertIds().get(4);
    try {
      signInAs.user("principal-sv");
      School larkkulla =
          network.mySchools().stream().map(SchoolOverview::school).findFirst().orElseThrow();
      assertEquals(TeachingLanguage.SV, larkkulla.getLanguage());
      Long busy = visits.request(details(larkkulla.getId(), team, monday, 480));
      Long wanted = visits.request(details(larkkulla.getId(), team, monday, 90));

      signInAs.user("team-leader");
      // The week of the expert with eight reserved hours is taken by a day's visit.
      visits.accept(busy);
      visits.schedule(
          busy,
          new VisitSchedule(monday.atTime(8, 0), monday.atTime(16, 0), null, List.of(fullWeek)));

      List<Proposal> proposed = proposals.proposals(wanted);
      assertFalse(proposed.isEmpty());
      assertTrue(proposed.size() <= 3);
      List<Long> named =
          proposed.stream().flatMap(p -> p.experts().stream()).map(ProposedExpert::id).toList();
      assertFalse(named.contains(noTopic), "an expert without the topic is never proposed");
      assertFalse(named.contains(fullWeek), "a full week is never proposed");
      assertFalse(named.contains(fewHours), "an expert over their hours is never proposed");
      assertEquals(swedish, proposed.get(0).experts().get(0).id(), "Swedish speakers first");
      assertTrue(proposed.get(0).experts().get(0).speaksSchoolLanguage());
      assertTrue(named.contains(finnish), "then the others who give the topic");
      proposed.forEach(
          p -> {
            assertFalse(p.startsAt().toLocalDate().isBefore(monday));
            assertFalse(p.startsAt().toLocalDate().isAfter(monday.plusDays(4)));
          });

      // Only the team's leader is proposed anything, and may take a proposal.
      signInAs.user("principal-sv");
      assertThrows(AccessDeniedException.class, () -> proposals.proposals(wanted));
      assertThrows(AccessDeniedException.class, () -> proposals.take(wanted, proposed.get(0)));
      signInAs.user(team.logins().get(0));
      assertThrows(AccessDeniedException.class, () -> proposals.proposals(wanted));

      // One click: accepted and scheduled through the booking rules.
      signInAs.user("team-leader");
      proposals.take(wanted, proposed.get(0));
      assertEquals(VisitStatus.SCHEDULED, pages.visit(wanted).request().getStatus());
      assertTrue(proposals.proposals(wanted).isEmpty(), "a scheduled visit is proposed nothing");

      signInAs.user(team.logins().get(2));
      List<ExpertBooking> calendar =
          calendars.myCalendar(monday.atStartOfDay(), monday.plusDays(7).atStartOfDay());
      assertTrue(calendar.stream().anyMatch(b -> b.getRequest().getId().equals(wanted)));

      signInAs.user("team-leader");
      visits.cancel(busy, "Reitityksen testi");
      visits.cancel(wanted, "Reitityksen testi");
    } finally {
      world.retire(team);
    }
  }

  @Test
  void theLeaderChoosesWhichTopicsEachExpertGives() {
    Set<WorkLanguage> fi = EnumSet.of(WorkLanguage.FI);
    RoutingWorld.Team team =
        world.team(
            "team-leader",
            "Uusi aihe " + world.unique(),
            "Nytt tema",
            clock.currentSchoolYear(),
            List.of(new RoutingWorld.Expert("Uusi", fi, "Kallio", "10", false)));
    Long expert = team.expertIds().get(0);
    RoutingWorld.Team other =
        world.team(
            team.logins().get(0),
            "Toisen tiimin aihe " + world.unique(),
            "Andra teamets tema",
            clock.currentSchoolYear(),
            List.of(new RoutingWorld.Expert("Toinen", fi, "Kallio", "10", false)));
    try {
      signInAs.user("team-leader");
      assertFalse(teams.expertTopics(team.id()).containsKey(expert), "a new topic has nobody");
      teams.setExpertTopics(team.id(), expert, Set.of(team.topicId()));
      assertEquals(Set.of(team.topicId()), teams.expertTopics(team.id()).get(expert));
      assertEquals(Set.of(expert), teams.expertsOf(team.topicId()), "so proposed for it");

      assertEquals(
          "rule.noSuchTopic",
          assertThrows(
                  NetworkRuleException.class,
                  () -> teams.setExpertTopics(team.id(), expert, Set.of(other.topicId())))
              .messageKey(),
          "only the team's own topics");
      assertEquals(
          "rule.notTeamMember",
          assertThrows(
                  NetworkRuleException.class,
                  () ->
                      teams.setExpertTopics(
                          team.id(), other.expertIds().get(0), Set.of(team.topicId())))
              .messageKey(),
          "only the team's own experts");
      signInAs.user(team.logins().get(0));
      assertThrows(
          AccessDeniedException.class,
          () -> teams.setExpertTopics(team.id(), expert, Set.of()),
          "the leader of another team is refused");
      assertThrows(AccessDeniedException.class, () -> teams.expertTopics(team.id()));
      signInAs.user("principal");
      assertThrows(
          AccessDeniedException.class, () -> teams.setExpertTopics(team.id(), expert, Set.of()));

      signInAs.user("admin", true, false, null);
      teams.setExpertTopics(team.id(), expert, Set.of());
      assertTrue(teams.expertsOf(team.topicId()).isEmpty(), "an admin keeps any team's");
    } finally {
      world.retire(other);
      world.retire(team);
    }
  }

  private static VisitDetails details(
      Long schoolId, RoutingWorld.Team team, LocalDate monday, int minutes) {
    VisitDetails details = new VisitDetails();
    details.setSchoolId(schoolId);
    details.setTeamId(team.id());
    details.setTopicId(team.topicId());
    details.setParticipants(20);
    details.setPreferredFrom(monday);
    details.setPreferredUntil(monday.plusDays(4));
    details.setDurationMinutes(minutes);
    details.setLanguage(TeachingLanguage.SV);
    details.setGoal("Lärarna provar temat i sina klasser.");
    return details;
  }
}
