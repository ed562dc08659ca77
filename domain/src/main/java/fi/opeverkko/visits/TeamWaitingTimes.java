package fi.opeverkko.visits;

import fi.opeverkko.identity.CurrentUser;
import fi.opeverkko.identity.PortalRole;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.WorkingDays;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The teams' waiting times, beside their feedback trends: per team and term of sending, how long
 * the schools waited for the first answer in working days and the share answered within the ten
 * working days the teams promise. Aggregated in SQL by team and month from the working days each
 * request keeps from its first answer, so the work grows with the teams and months, never with the
 * requests; the months fold into terms here. Readers as for the feedback trends: a leader their own
 * teams, coordinators and admins every team.
 */
@Published
@Stateless
public class TeamWaitingTimes {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /** Per team and term, newest term first, teams by their Finnish name. */
  public List<WaitingTimeRow> byTeamAndTerm() {
    SignedInUser user =
        currentUser.require(PortalRole.ADMIN, PortalRole.CITY_COORDINATOR, PortalRole.TEAM_LEADER);
    boolean everyTeam = user.isAdmin() || user.has(PortalRole.CITY_COORDINATOR);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT t.id, t.name.fi, t.name.sv, t.name.en,"
                + " EXTRACT(YEAR FROM r.submittedAt), EXTRACT(MONTH FROM r.submittedAt),"
                + " COUNT(r.answeredAt), SUM(r.answerWorkingDays),"
                + " SUM(CASE WHEN r.answerWorkingDays <= :promised THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN r.answeredAt IS NULL AND r.status = :waiting"
                + " AND r.submittedAt < :overdueBefore THEN 1 ELSE 0 END)"
                + " FROM VisitRequest r JOIN r.team t"
                + " WHERE r.submittedAt IS NOT NULL"
                + (everyTeam ? "" : " AND t.leader.id = :person")
                + " GROUP BY t.id, t.name.fi, t.name.sv, t.name.en,"
                + " EXTRACT(YEAR FROM r.submittedAt), EXTRACT(MONTH FROM r.submittedAt)",
            Object[].class);
    query
        .setParameter("promised", VisitRequest.ANSWER_WITHIN_WORKING_DAYS)
        .setParameter("waiting", VisitStatus.SUBMITTED)
        .setParameter(
            "overdueBefore",
            WorkingDays.plusWorkingDays(clock.today(), -VisitRequest.ANSWER_WITHIN_WORKING_DAYS)
                .atStartOfDay());
    if (!everyTeam) {
      query.setParameter("person", user.personId() == null ? -1L : user.personId());
    }
    Map<List<Object>, WaitingTimeRow> terms = new LinkedHashMap<>();
    for (Object[] month : query.getResultList()) {
      LocalDate termStart =
          Term.of(LocalDate.of(number(month[4]).intValue(), number(month[5]).intValue(), 1))
              .first();
      List<Object> key = List.of(month[0], termStart);
      terms.put(
          key,
          terms
              .getOrDefault(
                  key,
                  new WaitingTimeRow(
                      new LocalizedName((String) month[1], (String) month[2], (String) month[3]),
                      termStart,
                      0,
                      0,
                      0,
                      0))
              .plus(
                  number(month[6]).longValue(),
                  number(month[7]).longValue(),
                  number(month[8]).longValue(),
                  number(month[9]).longValue()));
    }
    return terms.values().stream()
        .sorted(
            Comparator.comparing(WaitingTimeRow::termStart)
                .reversed()
                .thenComparing(row -> row.team().in(Locale.forLanguageTag("fi"))))
        .toList();
  }

  /** A figure of the query; a sum over no answers is null, which counts as none. */
  private static Number number(Object figure) {
    return figure == null ? 0 : (Number) figure;
  }
}
