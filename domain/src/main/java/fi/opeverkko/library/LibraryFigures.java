package fi.opeverkko.library;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * The library's figures for the reports: items per area and kind with their views and downloads in
 * a period, aggregated in one SQL query. For admins and the city coordinators (the library is the
 * network's, not a city's).
 */
@Published
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LibraryFigures {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;

  /**
   * @param from the first day counted
   * @param to the last day counted
   */
  public List<LibraryFigure> byAreaAndKind(@NotNull LocalDate from, @NotNull LocalDate to) {
    currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR);
    List<?> rows =
        em.createNativeQuery(
                "SELECT i.area, i.kind, COUNT(*),"
                    + " COALESCE(SUM(u.views), 0), COALESCE(SUM(u.downloads), 0)"
                    + " FROM library_item i LEFT JOIN ("
                    + "   SELECT item_id, SUM(views) AS views, SUM(downloads) AS downloads"
                    + "   FROM library_use WHERE used_on BETWEEN ?1 AND ?2 GROUP BY item_id"
                    + " ) u ON u.item_id = i.id"
                    + " WHERE i.withdrawn_at IS NULL GROUP BY i.area, i.kind ORDER BY i.area, i.kind")
            .setParameter(1, from)
            .setParameter(2, to)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            row ->
                new LibraryFigure(
                    DevelopmentArea.valueOf((String) row[0]),
                    PracticeKind.valueOf((String) row[1]),
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue()))
        .toList();
  }
}
