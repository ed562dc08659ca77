package fi.opeverkko.visits;

import fi.opeverkko.platform.Conditions;
import fi.opeverkko.platform.Table;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a city's coordinator reads of its visits: the filtered list page by page, the same list for
 * export, and the figures by status. Drafts are the schools' own and never shown here.
 */
@Stateless
public class CityVisitQueries {

  /**
   * The city of the code, as a subquery: compared with a single value, the city's index gives the
   * requests newest first and PostgreSQL stops after a page, where a join to the city made it sort
   * all the city's requests (60,000 at metro×10) for each page.
   */
  private static final String CITY_BY_CODE = "(SELECT c.id FROM City c WHERE c.code = :city)";

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;

  /** One page of a city's visits for its coordinator, newest first. */
  public List<VisitRequest> ofCity(@NotNull CityVisitFilter filter, int first, int pageSize) {
    List<Long> page =
        cityConditions(filter)
            .query(
                em,
                "SELECT r.id FROM VisitRequest r",
                " ORDER BY r.createdAt DESC, r.id DESC",
                Long.class)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultList();
    return VisitRequest.withPartiesInOrder(em, page);
  }

  public long countOfCity(@NotNull CityVisitFilter filter) {
    return cityConditions(filter)
        .query(em, "SELECT COUNT(r) FROM VisitRequest r", "", Long.class)
        .getSingleResult();
  }

  /** The city's visits matching the filter, for export. */
  public Table exportOfCity(@NotNull CityVisitFilter filter) {
    Locale finnish = Locale.forLanguageTag("fi");
    return new Table(
        List.of(
            "requested",
            "school",
            "school_type",
            "team",
            "subject",
            "status",
            "starts_at",
            "participants"),
        VisitRequest.withParties(
                cityConditions(filter)
                    .query(
                        em,
                        VisitRequest.SELECT_WITH_PARTIES,
                        " ORDER BY r.createdAt",
                        VisitRequest.class))
            .getResultStream()
            .map(
                r ->
                    Arrays.asList(
                        r.getCreatedAt().toLocalDate(),
                        r.getSchool().getNameFi(),
                        r.getSchool().getType(),
                        r.getTeam() == null ? null : r.getTeam().getCode(),
                        r.subject(finnish),
                        r.getStatus(),
                        r.getStartsAt(),
                        r.getParticipants()))
            .toList());
  }

  /** The city's sent visits by status (the coordinator's figures; drafts are the schools' own). */
  public Map<VisitStatus, Long> countByStatus(@NotNull String cityCode) {
    access.requireCoordinatorOf(cityCode);
    return em.createQuery(
            "SELECT r.status, COUNT(r) FROM VisitRequest r WHERE r.city.id = "
                + CITY_BY_CODE
                + " AND r.status <> :draft GROUP BY r.status",
            Object[].class)
        .setParameter("city", cityCode)
        .setParameter("draft", VisitStatus.DRAFT)
        .getResultStream()
        .collect(Collectors.toMap(row -> (VisitStatus) row[0], row -> (Long) row[1]));
  }

  /**
   * The coordinator's filter as conditions on a request {@code r}, read by the index on its city
   * (its school joined only for the school type).
   */
  private Conditions cityConditions(CityVisitFilter filter) {
    access.requireCoordinatorOf(filter.cityCode());
    return new Conditions()
        .and("r.city.id = " + CITY_BY_CODE, "city", filter.cityCode())
        // Sent is every status but a draft, said so rather than as the list of the others: H2
        // then reads the city's requests by their city, not the whole network's by status.
        .and("r.status <> :draft", "draft", VisitStatus.DRAFT)
        .and("r.status = :status", "status", filter.status())
        .and("r.team.id = :team", "team", filter.teamId())
        .and("r.school.type = :type", "type", filter.schoolType())
        .and(
            "r.createdAt >= :monthStart",
            "monthStart",
            filter.month() == null ? null : filter.month().atDay(1).atStartOfDay())
        .and(
            "r.createdAt < :monthEnd",
            "monthEnd",
            filter.month() == null ? null : filter.month().plusMonths(1).atDay(1).atStartOfDay());
  }
}
