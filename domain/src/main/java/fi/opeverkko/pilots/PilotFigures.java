package fi.opeverkko.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pilots' figures for the dashboards, of a city (every city's when null, for admins), each in
 * one aggregate query: projects per area and state, and each round's returns.
 */
@Published
@Stateless
public class PilotFigures {

  @PersistenceContext private EntityManager em;
  @Inject private PilotAccess access;
  @Inject private Clock clock;

  public List<AreaStateCount> projects(String cityCode, @NotNull SchoolYear year) {
    access.requireOverviewOf(cityCode);
    return inCity(
            "SELECT p.area, p.state, COUNT(p) FROM PilotProject p JOIN p.school s"
                + " WHERE p.schoolYear = :year",
            " GROUP BY p.area, p.state ORDER BY p.area, p.state",
            cityCode,
            year,
            Object[].class)
        .getResultStream()
        .map(
            row ->
                new AreaStateCount(
                    (DevelopmentArea) row[0], (PilotState) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  /**
   * Each round of the year with the accepted projects asked, those that submitted, and (past the
   * due date) those that did not: the projects and the submissions counted in two queries.
   */
  public List<RoundFigures> rounds(String cityCode, @NotNull SchoolYear year) {
    access.requireOverviewOf(cityCode);
    long asked =
        inCity(
                "SELECT COUNT(p) FROM PilotProject p JOIN p.school s"
                    + " WHERE p.schoolYear = :year AND p.state = :accepted",
                "",
                cityCode,
                year,
                Long.class)
            .setParameter("accepted", PilotState.ACCEPTED)
            .getSingleResult();
    Map<RoundKind, Long> returned = new EnumMap<>(RoundKind.class);
    inCity(
            "SELECT e.round.kind, COUNT(e) FROM PilotEvaluation e JOIN e.project p JOIN p.school s"
                + " WHERE p.schoolYear = :year AND p.state = :accepted AND e.submitted = TRUE",
            " GROUP BY e.round.kind",
            cityCode,
            year,
            Object[].class)
        .setParameter("accepted", PilotState.ACCEPTED)
        .getResultStream()
        .forEach(row -> returned.put((RoundKind) row[0], ((Number) row[1]).longValue()));
    LocalDate today = clock.today();
    return em.createQuery(
            "SELECT r FROM EvaluationRound r WHERE r.schoolYear = :year ORDER BY r.kind",
            EvaluationRound.class)
        .setParameter("year", year)
        .getResultStream()
        .map(
            round -> {
              long answered = returned.getOrDefault(round.getKind(), 0L);
              long late = round.pastDue(today) ? asked - answered : 0;
              return new RoundFigures(round.getKind(), round.getDueOn(), asked, answered, late);
            })
        .toList();
  }

  private <T> TypedQuery<T> inCity(
      String select, String groupBy, String cityCode, SchoolYear year, Class<T> type) {
    String city = cityCode == null ? "" : " AND s.city.code = :city";
    TypedQuery<T> query = em.createQuery(select + city + groupBy, type).setParameter("year", year);
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query;
  }
}
