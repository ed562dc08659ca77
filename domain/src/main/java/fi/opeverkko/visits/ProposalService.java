package fi.opeverkko.visits;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.visits.ProposalRanking.Candidate;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes to a team's leader who of the team could give a requested visit and when (see {@link
 * ProposalRanking}), and books the one chosen through the same rules as scheduling by hand.
 */
@Stateless
public class ProposalService {

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;
  @Inject private TeamService teams;
  @Inject private Clock clock;
  @Inject private VisitService visits;

  /**
   * The best proposals for a request the team has not scheduled yet, for its leader; none when the
   * visit is past scheduling or nobody fits.
   */
  public List<Proposal> proposals(@NotNull Long requestId) {
    VisitRequest request = existing(requestId);
    access.requireLeaderOf(request.getTeam());
    if (request.getStatus() != VisitStatus.SUBMITTED
        && request.getStatus() != VisitStatus.ACCEPTED) {
      return List.of();
    }
    LocalDate tomorrow = clock.now().toLocalDate().plusDays(1);
    LocalDate from =
        request.getPreferredFrom().isBefore(tomorrow) ? tomorrow : request.getPreferredFrom();
    SchoolYear year = SchoolYear.containing(from);
    LocalDate until =
        request.getPreferredUntil().isAfter(year.lastDay())
            ? year.lastDay()
            : request.getPreferredUntil();
    if (until.isBefore(from)) {
      return List.of();
    }
    List<Candidate> candidates = candidates(request, year, from, until);
    return new ProposalRanking(candidates, request.getDurationMinutes(), request.getParticipants())
        .best(from, until);
  }

  /**
   * Accepts the request if the leader has not yet, and schedules it as proposed: the experts are
   * locked and checked for double bookings and hours exactly as when scheduled by hand.
   */
  public void take(@NotNull Long requestId, @NotNull Proposal proposal) {
    VisitRequest request = existing(requestId);
    access.requireLeaderOf(request.getTeam());
    if (request.getStatus() == VisitStatus.SUBMITTED) {
      visits.accept(requestId);
    }
    School school = request.getSchool();
    String place = request.getMode() == VisitMode.ON_SITE ? school.getAddress() : null;
    visits.schedule(requestId, proposal.schedule(place));
  }

  /**
   * The team's members this school year who give the topic (every member for a need without a
   * catalogue topic), with their bookings from the first term's start to the last week's end.
   */
  private List<Candidate> candidates(
      VisitRequest request, SchoolYear year, LocalDate from, LocalDate until) {
    Optional<Set<Long>> givers =
        Optional.ofNullable(request.getTopic()).map(topic -> teams.expertsOf(topic.getId()));
    List<TeamMembership> members =
        teams.members(request.getTeam().getId(), year).stream()
            .filter(m -> givers.map(ids -> ids.contains(m.getPerson().getId())).orElse(true))
            .toList();
    if (members.isEmpty()) {
      return List.of();
    }
    LocalDateTime since = min(Term.of(from).first(), Week.of(from).monday()).atStartOfDay();
    LocalDateTime before = max(Term.of(until).last().plusDays(1), Week.of(until).end());
    Map<Long, List<TimeSlot>> booked = bookedSlots(request, year, since, before);
    School school = request.getSchool();
    WorkLanguage schoolLanguage = WorkLanguage.valueOf(school.getLanguage().name());
    return members.stream()
        .map(
            m -> {
              Person expert = m.getPerson();
              return new Candidate(
                  expert.getId(),
                  expert.getFullName(),
                  givers.isPresent(),
                  expert.getLanguages().contains(schoolLanguage),
                  school.getArea() != null && Objects.equals(school.getArea(), expert.getArea()),
                  m.getWeeklyHours().doubleValue(),
                  booked.getOrDefault(expert.getId(), List.of()));
            })
        .toList();
  }

  /** The live bookings of the team's members in the period, every team's, in one query. */
  private Map<Long, List<TimeSlot>> bookedSlots(
      VisitRequest request, SchoolYear year, LocalDateTime since, LocalDateTime before) {
    return em.createQuery(
            "SELECT b.expertId, b.startsAt, b.endsAt FROM ExpertBooking b JOIN b.request r"
                + " WHERE b.expertId IN (SELECT m.person.id FROM TeamMembership m"
                + " WHERE m.team = :team AND m.schoolYear = :year)"
                + " AND b.startsAt < :before AND b.endsAt > :since AND r.status IN :statuses"
                + " AND r <> :request",
            Object[].class)
        .setParameter("team", request.getTeam())
        .setParameter("year", year)
        .setParameter("since", since)
        .setParameter("before", before)
        .setParameter("statuses", Bookings.BOOKED)
        .setParameter("request", request)
        .getResultStream()
        .collect(TimeSlot.byExpert());
  }

  private VisitRequest existing(Long requestId) {
    return Optional.ofNullable(em.find(VisitRequest.class, requestId))
        .orElseThrow(() -> new VisitRuleException("visit.noSuchVisit"));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDateTime max(LocalDate a, LocalDateTime b) {
    return a.atStartOfDay().isAfter(b) ? a.atStartOfDay() : b;
  }
}
