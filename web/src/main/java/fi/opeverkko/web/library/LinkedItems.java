package fi.opeverkko.web.library;

import fi.opeverkko.library.ItemReference;
import fi.opeverkko.library.ItemRow;
import fi.opeverkko.library.LibraryLinks;
import fi.opeverkko.library.LibraryQueries;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import fi.opeverkko.web.security.UserSession;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The library items other contexts' pages list: a team's topics (all of the catalogue's in one
 * query) and a course, whose organisers point items to it there. The pages name this bean in their
 * markup, so neither network nor courses depends on the library.
 */
@Named
@RequestScoped
public class LinkedItems {

  @Inject private LibraryQueries queries;
  @Inject private LanguageSwitch language;
  @Inject private UserSession userSession;

  @Inject private LibraryLinks links;
  @Inject private Actions actions;
  @Inject private Texts texts;

  private Map<Long, List<ItemRow>> byTopic;
  private String itemToLink;
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

  /** Points the item the organiser named (its number or address) to the course. */
  public void linkToCourse(Long courseId) {
    Long itemId = ItemReference.idIn(itemToLink).orElse(null);
    if (itemId == null) {
      texts.errorKey("library.noSuchItem");
      return;
    }
    if (actions.run(() -> links.linkCourse(itemId, courseId), "library.courseLinked")) {
      itemToLink = null;
      byCourse.remove(courseId);
    }
  }

  public void unlinkFromCourse(Long courseId, ItemRow item) {
    if (actions.run(() -> links.unlinkCourse(item.id(), courseId), "library.courseUnlinked")) {
      byCourse.remove(courseId);
    }
  }

  public String getItemToLink() {
    return itemToLink;
  }

  public void setItemToLink(String itemToLink) {
    this.itemToLink = itemToLink;
  }

  public List<ItemRow> ofCourse(Long courseId) {
    if (userSession.isUnlinked()) {
      return List.of();
    }
    return byCourse.computeIfAbsent(
        courseId, id -> queries.itemsForCourse(id, language.getLocale()));
  }
}
