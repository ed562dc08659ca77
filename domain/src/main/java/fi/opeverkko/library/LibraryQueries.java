package fi.opeverkko.library;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.PageKeys;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The library's reads for anyone signed in: the search (one page and its count, newest first), the
 * home page's recent and popular items, and the items a team topic or a course points to. Withdrawn
 * items are never listed.
 */
@Published
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LibraryQueries {

  /** How far back "popular" looks. */
  static final int POPULAR_DAYS = 90;

  private static final Comparator<ItemRow> BY_TITLE =
      Comparator.comparing(ItemRow::title, String.CASE_INSENSITIVE_ORDER);

  @PersistenceContext private EntityManager em;
  @Inject private LibraryAccess access;
  @Inject private Clock clock;

  /** One page of the items the filter finds, newest first. */
  public List<ItemRow> search(
      @NotNull ItemFilter filter, @NotNull Locale locale, int first, int pageSize) {
    access.reader();
    ItemSearch search = new ItemSearch(filter);
    TypedQuery<LibraryItem> query =
        em.createQuery(
            "SELECT i FROM LibraryItem i LEFT JOIN FETCH i.school WHERE "
                + search.where()
                + " ORDER BY i.createdAt DESC, i.id DESC",
            LibraryItem.class);
    search.parameters().forEach(query::setParameter);
    return query.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
        .map(item -> item.row(locale))
        .toList();
  }

  public long count(@NotNull ItemFilter filter) {
    access.reader();
    ItemSearch search = new ItemSearch(filter);
    TypedQuery<Long> query =
        em.createQuery("SELECT COUNT(i) FROM LibraryItem i WHERE " + search.where(), Long.class);
    search.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /** The newest items. */
  public List<ItemRow> recent(@NotNull Locale locale, int howMany) {
    return search(ItemFilter.none(), locale, 0, howMany);
  }

  /** The items viewed most in the last {@value #POPULAR_DAYS} days. */
  public List<ItemRow> popular(@NotNull Locale locale, int howMany) {
    access.reader();
    List<Long> ids =
        ids(
            em.createNativeQuery(
                    "SELECT u.item_id FROM library_use u JOIN library_item i ON i.id = u.item_id"
                        + " WHERE i.withdrawn_at IS NULL AND u.used_on >= ?1"
                        + " GROUP BY u.item_id ORDER BY SUM(u.views) DESC, u.item_id DESC"
                        + " OFFSET 0 ROWS FETCH NEXT ?2 ROWS ONLY")
                .setParameter(1, clock.today().minusDays(POPULAR_DAYS))
                .setParameter(2, howMany)
                .getResultList());
    return inOrder(ids, locale);
  }

  /** The item, when it is found (not withdrawn): for another context's page or reference. */
  public Optional<ItemRow> item(@NotNull Long itemId, @NotNull Locale locale) {
    access.reader();
    return inOrder(List.of(itemId), locale).stream().findFirst();
  }

  /** The items with the ids that are found, in the ids' order: one query. */
  public List<ItemRow> items(@NotNull List<Long> itemIds, @NotNull Locale locale) {
    access.reader();
    return inOrder(itemIds, locale);
  }

  /** The items a team topic points to. */
  public List<ItemRow> itemsForTopic(@NotNull Long topicId, @NotNull Locale locale) {
    access.reader();
    return linked("SELECT item_id FROM library_topic_item WHERE topic_id = ?1", topicId, locale);
  }

  /** The items each of the topics points to (a topic without items left out): one query. */
  public Map<Long, List<ItemRow>> itemsForTopics(
      @NotNull Collection<Long> topicIds, @NotNull Locale locale) {
    access.reader();
    if (topicIds.isEmpty()) {
      return Map.of();
    }
    List<Long> topics = List.copyOf(topicIds);
    String placeholders =
        IntStream.rangeClosed(1, topics.size())
            .mapToObj(n -> "?" + n)
            .collect(Collectors.joining(", "));
    Query query =
        em.createNativeQuery(
            "SELECT topic_id, item_id FROM library_topic_item WHERE topic_id IN ("
                + placeholders
                + ")");
    for (int n = 0; n < topics.size(); n++) {
      query.setParameter(n + 1, topics.get(n));
    }
    List<Object[]> pairs =
        ((List<?>) query.getResultList()).stream().map(Object[].class::cast).toList();
    Map<Long, ItemRow> rows =
        inOrder(
                pairs.stream().map(pair -> ((Number) pair[1]).longValue()).distinct().toList(),
                locale)
            .stream()
            .collect(Collectors.toMap(ItemRow::id, Function.identity()));
    Map<Long, List<ItemRow>> byTopic = new HashMap<>();
    for (Object[] pair : pairs) {
      ItemRow row = rows.get(((Number) pair[1]).longValue());
      if (row != null) {
        byTopic
            .computeIfAbsent(((Number) pair[0]).longValue(), topic -> new ArrayList<>())
            .add(row);
      }
    }
    byTopic.values().forEach(list -> list.sort(BY_TITLE));
    return byTopic;
  }

  /** The items a course points to. */
  public List<ItemRow> itemsForCourse(@NotNull Long courseId, @NotNull Locale locale) {
    access.reader();
    return linked("SELECT item_id FROM library_course_item WHERE course_id = ?1", courseId, locale);
  }

  private List<ItemRow> linked(String sql, Long ownerId, Locale locale) {
    List<Long> ids = ids(em.createNativeQuery(sql).setParameter(1, ownerId).getResultList());
    List<ItemRow> rows = new ArrayList<>(inOrder(ids, locale));
    rows.sort(BY_TITLE);
    return rows;
  }

  private static List<Long> ids(List<?> column) {
    return column.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /** The items with the ids in the ids' order, withdrawn ones left out: one query. */
  private List<ItemRow> inOrder(List<Long> ids, Locale locale) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<LibraryItem> found =
        em.createQuery(
                "SELECT i FROM LibraryItem i LEFT JOIN FETCH i.school"
                    + " WHERE i.id IN :ids AND i.withdrawnAt IS NULL",
                LibraryItem.class)
            .setParameter("ids", ids)
            .getResultList();
    return PageKeys.inOrder(ids, found, LibraryItem::getId).stream()
        .map(item -> item.row(locale))
        .toList();
  }
}
