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
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an expert team's members read on the team's page: the inbox, the feedback to discuss, each
 * member's workload and the team's calendar.
 */
@Stateless
public class TeamVisitQueries {

  private static final Comparator<VisitRequest> INBOX_ORDER =
      Comparator.comparing((VisitRequest r) -> !r.getStatus().awaitsAnswer())
          .thenComparing(
              r -> r.getStatus().awaitsAnswer() ? r.getSubmittedAt() : r.getStartsAt(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(VisitRequest::getId);

  @PersistenceContext private EntityManager em;
  @Inject private NetworkReferences references;
  @Inject private VisitAccess access;
  @Inject private Clock clock;
  @Inject private TeamService teams;
  @Inject private Bookings bookings;

  /**
   * A team's open requests: the new ones (waiting for an answer) first, newest first, each with how
   * many working days it has waited; then the accepted, scheduled and delivered by date.
   */
  public List<InboxRow> inbox(@NotNull Long teamId) {
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
    LocalDate today = clock.today();
    return em.createQuery(
            VisitRequest.SELECT_WITH_PARTIES + " WHERE r.team = :team AND r.status IN :statuses",
            VisitRequest.class)
        .setParameter("team", team)
        .setParameter(
            "statuses",
            EnumSet.of(
                VisitStatus.SUBMITTED,
                VisitStatus.ACCEPTED,
                VisitStatus.SCHEDULED,
                VisitStatus.DELIVERED))
        .getResultStream()
        .sorted(INBOX_ORDER)
        .map(r -> new InboxRow(r, r.waitingWorkingDays(today), r.overdue(today)))
        .toList();
  }

  /** The team's delivered visits with their feedback, the ones to discuss first. */
  public List<FeedbackSummary> feedbackOfTeam(@NotNull Long teamId) {
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
    return em.createQuery(
            "SELECT f.request, AVG(f.rating), COUNT(f) FROM VisitFeedback f"
                + " WHERE f.request.team = :team GROUP BY f.request",
            Object[].class)
        .setParameter("team", team)
        .getResultStream()
        .map(
            row ->
                new FeedbackSummary(
                    (VisitRequest) row[0], ((Number) row[1]).doubleValue(), (Long) row[2]))
        .sorted(Comparator.comparingDouble(FeedbackSummary::average))
        .toList();
  }

  /**
   * Each member's booked hours in the week of {@code day} and in its term (autumn August–December,
   * spring January–July) against the weekly hours they reserved for the team.
   */
  public List<Workload> workload(@NotNull Long teamId, @NotNull LocalDate day) {
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
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
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
    return bookings.teamVisits(team, from, until);
  }

  private ExpertTeam existingTeam(Long teamId) {
    return references.team(teamId).orElseThrow(() -> new VisitRuleException("visit.noSuchTeam"));
  }
}
