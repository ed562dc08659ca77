package fi.opeverkko.reporting;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A round's results grouped by city, school type, teaching language or school, or for the whole
 * network: how many answered and, per question, the share who need training in its area ("what to
 * offer next"). Two aggregate queries whatever the number of groups; a group under five respondents
 * is counted but not shown ({@link GroupResult}).
 */
@Published
@Stateless
public class SurveyResultsQueries {

  /** Where the response's school and its city are joined for grouping and the city's scope. */
  private static final String SCHOOLS = " JOIN r.school s JOIN s.city c WHERE r.round.id = :round";

  @PersistenceContext private EntityManager em;
  @Inject private ReportingAccess access;
  @Inject private Clock clock;

  /**
   * The round's results grouped so, in the city given or (null) every city the reader may see: a
   * coordinator always sees their own city's only.
   */
  public SurveyResults results(@NotNull Long roundId, @NotNull Grouping grouping, String cityCode) {
    Optional<String> city = access.requireResultsReader(grouping, cityCode);
    SurveyRound round = Rounds.existing(em, roundId);
    String scope = city.isPresent() ? " AND c.code = :city" : "";
    String columns = grouping.columns();
    String selected = columns.isEmpty() ? "" : columns + ", ";
    String grouped = columns.isEmpty() ? "" : " GROUP BY " + columns;

    Map<List<Object>, Long> respondents = new LinkedHashMap<>();
    for (Object[] row :
        query(
            "SELECT " + selected + "COUNT(r) FROM SurveyResponse r" + SCHOOLS + scope + grouped,
            roundId,
            city)) {
      respondents.put(key(row, row.length - 1), (Long) row[row.length - 1]);
    }
    Map<List<Object>, List<QuestionNeed>> needs = new LinkedHashMap<>();
    for (Object[] row :
        query(
            "SELECT "
                + selected
                + "a.question.id, COUNT(a), SUM(CASE WHEN a.step <= "
                + SurveyStep.NEEDS_TRAINING_UP_TO
                + " THEN 1 ELSE 0 END) FROM SurveyAnswer a JOIN a.response r"
                + SCHOOLS
                + scope
                + (columns.isEmpty() ? " GROUP BY a.question.id" : grouped + ", a.question.id"),
            roundId,
            city)) {
      int at = row.length - 3;
      needs
          .computeIfAbsent(key(row, at), group -> new ArrayList<>())
          .add(
              new QuestionNeed(
                  (Long) row[at], ((Number) row[at + 2]).longValue(), (Long) row[at + 1]));
    }
    List<GroupResult> groups =
        respondents.entrySet().stream()
            .map(
                group ->
                    new GroupResult(
                        group.getKey().isEmpty() ? "" : group.getKey().get(0).toString(),
                        name(group.getKey()),
                        group.getValue(),
                        needs.getOrDefault(group.getKey(), List.of())))
            .sorted(Comparator.comparing(SurveyResultsQueries::sortName))
            .toList();
    return new SurveyResults(
        Rounds.row(round, Rounds.respondents(em, round), clock.today()),
        grouping,
        city.orElse(null),
        city.map(this::cityName).orElse(null),
        groups);
  }

  private LocalizedName cityName(String cityCode) {
    return em.createQuery("SELECT c.name FROM City c WHERE c.code = :city", LocalizedName.class)
        .setParameter("city", cityCode)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** The rows of the query, each as an array even when it selects one figure (the network's). */
  private List<Object[]> query(String jpql, Long roundId, Optional<String> city) {
    Query query = em.createQuery(jpql).setParameter("round", roundId);
    city.ifPresent(code -> query.setParameter("city", code));
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
        .toList();
  }

  private static String sortName(GroupResult group) {
    return group.name() == null ? group.key() : group.name().fi();
  }

  /** The group's columns of a result row: those before the figures. */
  private static List<Object> key(Object[] row, int figuresFrom) {
    return Arrays.asList(Arrays.copyOf(row, figuresFrom));
  }

  /**
   * A city's name in its three languages, a school's in Finnish and Swedish (Finnish in English).
   */
  private static LocalizedName name(List<Object> key) {
    if (key.size() == 4) {
      return new LocalizedName((String) key.get(1), (String) key.get(2), (String) key.get(3));
    }
    if (key.size() == 3) {
      return new LocalizedName((String) key.get(1), (String) key.get(2), (String) key.get(1));
    }
    return null;
  }
}
