package fi.opeverkko.visits;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.TeamDetail;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an expert team's members read on the team's page: the inbox, the feedback to discuss, each
 * member's workload and the team's calendar.
 */
@Stateless
public class TeamVisitQueries {

  private static final Set<VisitStatus> OPEN =
      EnumSet.of(
          VisitStatus.SUBMITTED,
          VisitStatus.ACCEPTED,
          VisitStatus.SCHEDULED,
          VisitStatus.DELIVERED);

  @PersistenceContext private EntityManager em;
  @Inject private NetworkReferences references;
  @Inject private VisitAccess access;
  @Inject private Clock clock;
  @Inject private TeamService teams;
  @Inject private Bookings bookings;

  /** How many open requests the team's inbox holds. */
  public long countInbox(@NotNull Long teamId) {
    ExpertTeam team = memberTeam(teamId);
    return em.createQuery(
            "SELECT COUNT(r) FROM VisitRequest r WHERE r.team = :team AND r.status IN :statuses",
            Long.class)
        .setParameter("team", team)
        .setParameter("statuses", OPEN)
        .getSingleResult();
  }

  /**
   * One page of a team's open requests: the new ones (waiting for an answer) first, the longest
   * waiting first, each with how many working days it has waited; then the accepted, scheduled and
   * delivered by date, the ones without a date last. Ordered and cut in the database: a team's
   * inbox holds thousands of requests at metro size.
   */
  public List<InboxRow> inbox(@NotNull Long teamId, int first, int size) {
    ExpertTeam team = memberTeam(teamId);
    LocalDate today = clock.today();
    return em.createQuery(
            VisitRequest.SELECT_WITH_PARTIES
                + " WHERE r.team = :team AND r.status IN :statuses ORDER BY"
                + " CASE WHEN r.status = :submitted THEN 0 ELSE 1 END,"
                + " CASE WHEN r.status = :submitted THEN r.submittedAt ELSE r.startsAt END"
                + " NULLS LAST, r.id",
            VisitRequest.class)
        .setParameter("team", team)
        .setParameter("statuses", OPEN)
        .setParameter("submitted", VisitStatus.SUBMITTED)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultStream()
        .map(r -> new InboxRow(r, r.waitingWorkingDays(today), r.overdue(today)))
        .toList();
  }

  /** How many of the team's visits have feedback. */
  public long countFeedbackOfTeam(@NotNull Long teamId) {
    ExpertTeam team = memberTeam(teamId);
    return em.createQuery(
            "SELECT COUNT(DISTINCT f.request.id) FROM VisitFeedback f WHERE f.request.team = :team",
            Long.class)
        .setParameter("team", team)
        .getSingleResult();
  }

  /**
   * One page of the team's delivered visits with their feedback, the lowest average (the ones to
   * discuss) first: the averages are paged in the database, then the page's visits read in one
   * query.
   */
  public List<FeedbackSummary> feedbackOfTeam(@NotNull Long teamId, int first, int size) {
    ExpertTeam team = memberTeam(teamId);
    List<Object[]> averages =
        em.createQuery(
                "SELECT f.request.id, AVG(f.rating), COUNT(f) FROM VisitFeedback f"
                    + " WHERE f.request.team = :team GROUP BY f.request.id"
                    + " ORDER BY AVG(f.rating), f.request.id",
                Object[].class)
            .setParameter("team", team)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    if (averages.isEmpty()) {
      return List.of();
    }
    Map<Long, VisitRequest> visits =
        em.createQuery(VisitRequest.SELECT_WITH_PARTIES + " WHERE r.id IN :ids", VisitRequest.class)
            .setParameter("ids", averages.stream().map(row -> (Long) row[0]).toList())
            .getResultStream()
            .collect(Collectors.toMap(VisitRequest::getId, Function.identity()));
    return averages.stream()
        .map(
            row ->
                new FeedbackSummary(
                    visits.get((Long) row[0]),
                    ((Number) row[1]).doubleValue(),
                    ((Number) row[2]).longValue()))
        .toList();
  }

  /**
   * Each member's booked hours in the week of {@code day} and in its term (autumn August–December,
   * spring January–July) against the weekly hours they reserved for the team.
   */
  public List<Workload> workload(@NotNull Long teamId, @NotNull LocalDate day) {
    ExpertTeam team = memberTeam(teamId);
    SchoolYear year = SchoolYear.containing(day);
    TeamDetail detail = teams.team(teamId, year);
    Week week = Week.of(day);
    boolean autumn = day.getMonthValue() >= Month.AUGUST.getValue();
    LocalDate termStart = autumn ? year.firstDay() : LocalDate.of(day.getYear(), 1, 1);
    LocalDate termEnd = autumn ? LocalDate.of(day.getYear(), 12, 31) : year.lastDay();
    List<ExpertBooking> termBookings =
        em.createQuery(
                "SELECT b FROM ExpertBooking b JOIN FETCH b.request r WHERE r.team = :team"
                    + " AND b.startsAt >= :from AND b.startsAt < :until AND r.status IN :statuses",
                ExpertBooking.class)
            .setParameter("team", team)
            .setParameter("from", termStart.atStartOfDay())
            .setParameter("until", termEnd.plusDays(1).atStartOfDay())
            .setParameter("statuses", Bookings.BOOKED)
            .getResultList();
    Map<Long, List<ExpertBooking>> byExpert =
        termBookings.stream().collect(Collectors.groupingBy(b -> b.getExpert().getId()));
    return detail.overview().members().stream()
        .map(
            (TeamMembership m) -> {
              List<ExpertBooking> own = byExpert.getOrDefault(m.getPerson().getId(), List.of());
              double inWeek =
                  own.stream()
                      .filter(b -> week.contains(b.getStartsAt().toLocalDate()))
                      .mapToDouble(ExpertBooking::hours)
                      .sum();
              double term = own.stream().mapToDouble(ExpertBooking::hours).sum();
              return new Workload(m.getPerson(), m.getWeeklyHours(), inWeek, term);
            })
        .toList();
  }

  /** The visits of a team between two dates, for its calendar. */
  public List<VisitRequest> calendarOfTeam(
      @NotNull Long teamId, @NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    ExpertTeam team = memberTeam(teamId);
    return bookings.teamVisits(team, from, until);
  }

  private ExpertTeam memberTeam(Long teamId) {
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
    return team;
  }

  private ExpertTeam existingTeam(Long teamId) {
    return references.team(teamId).orElseThrow(() -> new VisitRuleException("visit.noSuchTeam"));
  }
}
