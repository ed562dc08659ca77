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
import java.util.List;

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
            year)
        .getResultStream()
        .map(
            row ->
                new AreaStateCount(
                    (DevelopmentArea) row[0], (PilotState) row[1], ((Number) row[2]).longValue()))
        .toList();
  }

  public List<RoundFigures> rounds(String cityCode, @NotNull SchoolYear year) {
    access.requireOverviewOf(cityCode);
    return inCity(
            "SELECT r.kind, r.dueOn, COUNT(p),"
                + " SUM(CASE WHEN e.submitted = TRUE THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN (e.id IS NULL OR e.submitted = FALSE) AND r.dueOn < :today"
                + " THEN 1 ELSE 0 END)"
                + " FROM EvaluationRound r, PilotProject p JOIN p.school s"
                + " LEFT JOIN PilotEvaluation e ON e.round = r AND e.project = p"
                + " WHERE r.schoolYear = :year AND p.schoolYear = :year"
                + " AND p.state = fi.opeverkko.pilots.PilotState.ACCEPTED",
            " GROUP BY r.kind, r.dueOn ORDER BY r.kind",
            cityCode,
            year)
        .setParameter("today", clock.today())
        .getResultStream()
        .map(
            row ->
                new RoundFigures(
                    (RoundKind) row[0],
                    (LocalDate) row[1],
                    ((Number) row[2]).longValue(),
                    row[3] == null ? 0 : ((Number) row[3]).longValue(),
                    row[4] == null ? 0 : ((Number) row[4]).longValue()))
        .toList();
  }

  private TypedQuery<Object[]> inCity(
      String select, String groupBy, String cityCode, SchoolYear year) {
    String city = cityCode == null ? "" : " AND s.city.code = :city";
    TypedQuery<Object[]> query =
        em.createQuery(select + city + groupBy, Object[].class).setParameter("year", year);
    if (cityCode != null) {
      query.setParameter("city", cityCode);
    }
    return query;
  }
}
