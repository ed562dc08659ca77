package fi.opeverkko.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.TeamOverview;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.visits.TopicIndex.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the topics of every team's catalogue that answer a need typed in the user's language, so
 * that a request can start from the need rather than from knowing which team to ask. Each language
 * has its index in memory, rebuilt when the catalogue's stamp changes (a topic added, edited,
 * retired or offered again), which every search checks with one small query: the catalogue is small
 * and every node of a cluster sees the change the same way.
 */
@ApplicationScoped
public class TopicSearch {

  /** The most topics one search shows. */
  public static final int MOST_HITS = 8;

  @Inject private TeamService teams;
  @Inject private NetworkOverviewService network;

  private final Map<Language, TopicIndex> indexes = new EnumMap<>(Language.class);

  /** The offered topics answering the need typed, best first; none for an empty need. */
  public List<TopicHit> search(String need, Locale locale) {
    if (need == null || need.isBlank()) {
      return List.of();
    }
    return index(Language.of(locale), locale).search(need, MOST_HITS);
  }

  private TopicIndex index(Language language, Locale locale) {
    String stamp = teams.catalogueStamp();
    synchronized (indexes) {
      TopicIndex index = indexes.get(language);
      if (index == null || !index.stamp().equals(stamp)) {
        index = new TopicIndex(stamp, language, offered(locale));
        indexes.put(language, index);
      }
      return index;
    }
  }

  private List<TopicHit> offered(Locale locale) {
    Set<Long> teamIds =
        network.allTeams().stream()
            .map(TeamOverview::team)
            .map(ExpertTeam::getId)
            .collect(Collectors.toSet());
    return teams.offeredTopics(teamIds).stream().map(topic -> hit(topic, locale)).toList();
  }

  private static TopicHit hit(TeamTopic topic, Locale locale) {
    return new TopicHit(
        topic.getId(),
        topic.getTeam().getId(),
        topic.getTeam().name(locale),
        topic.title(locale),
        topic.description(locale),
        topic.getAudiences(),
        topic.getTypicalMinutes());
  }
}
