package fi.opeverkko.visits;

import fi.opeverkko.feedback.FeedbackQueries;
import fi.opeverkko.feedback.RatedSubject;
import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkReferences;
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
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
  @Inject private FeedbackQueries feedback;

  /** How many open requests the team's inbox holds. */
  public long countInbox(@NotNull Long teamId) {
    access.requireMemberOf(teamId);
    return em.createQuery(
            "SELECT COUNT(r) FROM VisitRequest r WHERE r.team.id = :team AND r.status IN :statuses",
            Long.class)
        .setParameter("team", teamId)
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
    access.requireMemberOf(teamId);
    LocalDate today = clock.today();
    List<Long> page =
        em.createQuery(
                // r.team.id: the request's own column, so that the database reads the team's
                // requests by their index, not every open request
                "SELECT r.id FROM VisitRequest r WHERE r.team.id = :team AND r.status IN :statuses"
                    + " ORDER BY CASE WHEN r.status = :submitted THEN 0 ELSE 1 END,"
                    + " CASE WHEN r.status = :submitted THEN r.submittedAt ELSE r.startsAt END"
                    + " NULLS LAST, r.id",
                Long.class)
            .setParameter("team", teamId)
            .setParameter("statuses", OPEN)
            .setParameter("submitted", VisitStatus.SUBMITTED)
            .setFirstResult(first)
            .setMaxResults(size)
            .getResultList();
    return VisitRequest.withPartiesInOrder(em, page).stream()
        .map(r -> new InboxRow(r, r.waitingWorkingDays(today), r.overdue(today)))
        .toList();
  }

  /** How many of the team's visits have feedback. */
  public long countFeedbackOfTeam(@NotNull Long teamId) {
    access.requireMemberOf(teamId);
    return feedback.countRatedOfTeam(SubjectKind.VISIT, teamId);
  }

  /**
   * One page of the team's delivered visits with their feedback, the lowest average (the ones to
   * discuss) first: the averages as feedback keeps them, then the page's visits read in one query.
   */
  public List<FeedbackSummary> feedbackOfTeam(@NotNull Long teamId, int first, int size) {
    access.requireMemberOf(teamId);
    List<RatedSubject> rated = feedback.lowestRatedOfTeam(SubjectKind.VISIT, teamId, first, size);
    List<VisitRequest> visits =
        VisitRequest.withPartiesInOrder(em, rated.stream().map(RatedSubject::subjectId).toList());
    return IntStream.range(0, rated.size())
        .mapToObj(
            i -> new FeedbackSummary(visits.get(i), rated.get(i).average(), rated.get(i).answers()))
        .toList();
  }

  /**
   * Each member's booked hours in the week of {@code day} and in its term (autumn August–December,
   * spring January–July) against the weekly hours they reserved for the team.
   */
  public List<Workload> workload(@NotNull Long teamId, @NotNull LocalDate day) {
    access.requireMemberOf(teamId);
    SchoolYear year = SchoolYear.containing(day);
    List<TeamMembership> members = teams.members(teamId, year);
    Week week = Week.of(day);
    boolean autumn = day.getMonthValue() >= Month.AUGUST.getValue();
    LocalDate termStart = autumn ? year.firstDay() : LocalDate.of(day.getYear(), 1, 1);
    LocalDate termEnd = autumn ? LocalDate.of(day.getYear(), 12, 31) : year.lastDay();
    // Summed in the database, a row a member: a term's bookings are thousands at metro size, and
    // reading each one's times cost the inbox more than the rest of its page. EXTRACT(EPOCH) is
    // the same in H2 and PostgreSQL. A booking keeps its visit's time (a new time is booked anew),
    // so the request's own time keeps the team's requests to the term too, read by the team's
    // index instead of all the team's years.
    String seconds = "SQL('EXTRACT(EPOCH FROM ?) - EXTRACT(EPOCH FROM ?)', b.endsAt, b.startsAt)";
    Map<Long, Object[]> booked =
        em.createQuery(
                "SELECT b.expertId, SUM(CASE WHEN b.startsAt >= :weekStart"
                    + " AND b.startsAt < :weekEnd THEN "
                    + seconds
                    + " ELSE 0 END), SUM("
                    + seconds
                    + ") FROM ExpertBooking b JOIN b.request r"
                    + " WHERE r.team.id = :team AND b.startsAt >= :from AND b.startsAt < :until"
                    + " AND r.startsAt >= :from AND r.startsAt < :until"
                    + " AND r.status IN :statuses GROUP BY b.expertId",
                Object[].class)
            .setParameter("weekStart", week.start())
            .setParameter("weekEnd", week.end())
            .setParameter("team", teamId)
            .setParameter("from", termStart.atStartOfDay())
            .setParameter("until", termEnd.plusDays(1).atStartOfDay())
            .setParameter("statuses", Bookings.BOOKED)
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
    return members.stream()
        .map(
            (TeamMembership m) -> {
              Object[] own = booked.get(m.getPerson().getId());
              return new Workload(
                  m.getPerson(),
                  m.getWeeklyHours(),
                  own == null ? 0 : hours(own[1]),
                  own == null ? 0 : hours(own[2]));
            })
        .toList();
  }

  private static double hours(Object seconds) {
    return ((Number) seconds).doubleValue() / 3600;
  }

  /** The visits of a team between two dates, for its calendar. */
  public List<VisitRequest> calendarOfTeam(
      @NotNull Long teamId, @NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    ExpertTeam team =
        references.team(teamId).orElseThrow(() -> new VisitRuleException("visit.noSuchTeam"));
    access.requireMemberOf(team);
    return bookings.teamVisits(team, from, until);
  }
}
