package fi.opeverkko.web.library;

import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library items other contexts' pages list: a team's topics (all of the catalogue's in one
 * query) and a course. The pages name this bean in their markup, so neither network nor courses
 * depends on the library.
 */
@Named
@RequestScoped
public class LinkedItems {

  @Inject private LibraryQueries queries;
  @Inject private LanguageSwitch language;
  @Inject private UserSession userSession;

  private Map<Long, List<ItemRow>> byTopic;
  private final Map<Long, List<ItemRow>> byCourse = new HashMap<>();

  /** The topic's items; the first call reads those of every topic of the catalogue shown. */
  public List<ItemRow> ofTopic(TeamTopic topic, List<TeamTopic> catalogue) {
    if (userSession.isUnlinked()) {
      return List.of();
    }
    if (byTopic == null) {
      byTopic =
          queries.itemsForTopics(
              catalogue.stream().map(TeamTopic::getId).toList(), language.getLocale());
    }
    return byTopic.getOrDefault(topic.getId(), List.of());
  }

  public List<ItemRow> ofCourse(Long courseId) {
    if (userSession.isUnlinked()) {
      return List.of();
    }
    return byCourse.computeIfAbsent(
        courseId, id -> queries.itemsForCourse(id, language.getLocale()));
  }
}
