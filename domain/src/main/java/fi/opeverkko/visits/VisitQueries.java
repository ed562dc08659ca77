package fi.opeverkko.visits;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolOverview;
import fi.opeverkko.network.TeamDetail;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.network.TeamService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Conditions;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** What the visits' pages read: a visit, a school's visits, a team's inbox, calendars, workload. */
@Stateless
public class VisitQueries {

  private static final String VISIT_WITH_PARTIES =
      "SELECT r FROM VisitRequest r JOIN FETCH r.school s JOIN FETCH s.city JOIN FETCH r.team"
          + " LEFT JOIN FETCH r.topic";

  @PersistenceContext private EntityManager em;
  @Inject private VisitAccess access;
  @Inject private Clock clock;
  @Inject private TeamService teams;
  @Inject private Bookings bookings;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;

  /** A visit with all its page shows, for whoever may read it. */
  public VisitPage visit(@NotNull Long requestId) {
    VisitRequest request = em.find(VisitRequest.class, requestId);
    if (request == null) {
      throw new VisitRuleException("visit.noSuchVisit");
    }
    access.requireReaderOf(request);
    List<VisitEvent> history =
        em.createQuery(
                "SELECT e FROM VisitEvent e WHERE e.request = :r ORDER BY e.occurredAt, e.id",
                VisitEvent.class)
            .setParameter("r", request)
            .getResultList();
    List<ExpertBooking> bookings =
        em.createQuery(
                "SELECT b FROM ExpertBooking b JOIN FETCH b.expert WHERE b.request = :r",
                ExpertBooking.class)
            .setParameter("r", request)
            .getResultList();
    List<VisitFeedback> feedback =
        em.createQuery(
                "SELECT f FROM VisitFeedback f WHERE f.request = :r ORDER BY f.givenAt",
                VisitFeedback.class)
            .setParameter("r", request)
            .getResultList();
    boolean requester = access.requests(request.getSchool());
    return new VisitPage(
        request,
        history,
        bookings,
        feedback,
        actionsFor(request, requester),
        requester && request.getStatus() == VisitStatus.DELIVERED,
        requester && !access.leads(request.getTeam()));
  }

  /** What the user may do to the visit now: their role's actions that its status and time allow. */
  private Set<VisitAction> actionsFor(VisitRequest request, boolean requester) {
    Set<VisitAction> mine = EnumSet.noneOf(VisitAction.class);
    if (requester) {
      mine.add(VisitAction.SUBMIT);
      mine.add(VisitAction.CANCEL);
    }
    if (access.leads(request.getTeam())) {
      mine.addAll(EnumSet.allOf(VisitAction.class));
      mine.remove(VisitAction.SUBMIT);
    } else if (access.belongsTo(request.getTeam())) {
      mine.add(VisitAction.DELIVER);
    }
    mine.removeIf(action -> !request.getStatus().allows(action));
    if (!request.held(clock.now())) {
      // The same rule VisitRequest.apply enforces: no "delivered" before the visit's time is over.
      mine.remove(VisitAction.DELIVER);
    }
    return mine;
  }

  /** The user's own schools where their role lets them request visits (principal, tutor...). */
  public List<School> requestableSchools() {
    return network.mySchools().stream()
        .filter(s -> s.myRoles().stream().anyMatch(VisitAccess.REQUESTERS::contains))
        .map(SchoolOverview::school)
        .toList();
  }

  /** A school's requests, newest first, for its requesters and its city's coordinator. */
  public List<VisitRequest> ofSchool(@NotNull Long schoolId) {
    School school =
        references.school(schoolId).orElseThrow(() -> new VisitRuleException("visit.noSuchSchool"));
    if (!access.coordinates(school)) {
      access.requireRequesterFor(school);
    }
    return em.createQuery(
            VISIT_WITH_PARTIES + " WHERE r.school = :school ORDER BY r.createdAt DESC",
            VisitRequest.class)
        .setParameter("school", school)
        .getResultList();
  }

  /**
   * A team's open requests: the new ones (waiting for an answer) first, newest first, each with how
   * many working days it has waited; then the accepted, scheduled and delivered by date.
   */
  public List<InboxRow> inbox(@NotNull Long teamId) {
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
    LocalDate today = clock.today();
    return em.createQuery(
            VISIT_WITH_PARTIES + " WHERE r.team = :team AND r.status IN :statuses",
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

  private static final Comparator<VisitRequest> INBOX_ORDER =
      Comparator.comparing((VisitRequest r) -> !r.getStatus().awaitsAnswer())
          .thenComparing(
              r -> r.getStatus().awaitsAnswer() ? r.getSubmittedAt() : r.getStartsAt(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(VisitRequest::getId);

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

  /** The visits of a team between two dates, for its calendar. */
  public List<VisitRequest> calendarOfTeam(
      @NotNull Long teamId, @NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    ExpertTeam team = existingTeam(teamId);
    access.requireMemberOf(team);
    return bookings.teamVisits(team, from, until);
  }

  /** The signed-in expert's own bookings between two dates, for their calendar. */
  public List<ExpertBooking> myCalendar(@NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    return references
        .person(user.personId())
        .map(expert -> bookings.ofExpert(expert, from, until, Bookings.BOOKED))
        .orElse(List.of());
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
    LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
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
              double week =
                  own.stream()
                      .filter(
                          b ->
                              !b.getStartsAt().toLocalDate().isBefore(monday)
                                  && b.getStartsAt().toLocalDate().isBefore(monday.plusWeeks(1)))
                      .mapToDouble(ExpertBooking::hours)
                      .sum();
              double term = own.stream().mapToDouble(ExpertBooking::hours).sum();
              return new Workload(m.getPerson(), m.getWeeklyHours(), week, term);
            })
        .toList();
  }

  /** One page of a city's visits for its coordinator, newest first. */
  public List<VisitRequest> ofCity(@NotNull CityVisitFilter filter, int first, int pageSize) {
    return cityConditions(filter)
        .query(em, VISIT_WITH_PARTIES, " ORDER BY r.createdAt DESC, r.id DESC", VisitRequest.class)
        .setFirstResult(first)
        .setMaxResults(pageSize)
        .getResultList();
  }

  public long countOfCity(@NotNull CityVisitFilter filter) {
    return cityConditions(filter)
        .query(em, "SELECT COUNT(r) FROM VisitRequest r JOIN r.school s", "", Long.class)
        .getSingleResult();
  }

  /** The city's visits matching the filter as CSV for Excel. */
  public byte[] exportOfCity(@NotNull CityVisitFilter filter) {
    Locale finnish = Locale.forLanguageTag("fi");
    return ExcelCsv.write(
        List.of(
            "requested",
            "school",
            "school_type",
            "team",
            "subject",
            "status",
            "starts_at",
            "participants"),
        cityConditions(filter)
            .query(em, VISIT_WITH_PARTIES, " ORDER BY r.createdAt", VisitRequest.class)
            .getResultStream()
            .map(
                r ->
                    Arrays.asList(
                        r.getCreatedAt().toLocalDate(),
                        r.getSchool().getNameFi(),
                        r.getSchool().getType(),
                        r.getTeam().getCode(),
                        r.subject(finnish),
                        r.getStatus(),
                        r.getStartsAt(),
                        r.getParticipants())));
  }

  /** The city's sent visits by status (the coordinator's figures; drafts are the schools' own). */
  public Map<VisitStatus, Long> countByStatus(@NotNull String cityCode) {
    access.requireCoordinatorOf(cityCode);
    return em.createQuery(
            "SELECT r.status, COUNT(r) FROM VisitRequest r WHERE r.school.city.code = :city"
                + " AND r.status IN :sent GROUP BY r.status",
            Object[].class)
        .setParameter("city", cityCode)
        .setParameter("sent", VisitStatus.SENT)
        .getResultStream()
        .collect(Collectors.toMap(row -> (VisitStatus) row[0], row -> (Long) row[1]));
  }

  private Conditions cityConditions(CityVisitFilter filter) {
    access.requireCoordinatorOf(filter.cityCode());
    return new Conditions()
        .and("s.city.code = :city", "city", filter.cityCode())
        .and("r.status IN :sent", "sent", VisitStatus.SENT)
        .and("r.status = :status", "status", filter.status())
        .and("r.team.id = :team", "team", filter.teamId())
        .and("s.type = :type", "type", filter.schoolType())
        .and(
            "r.createdAt >= :monthStart",
            "monthStart",
            filter.month() == null ? null : filter.month().atDay(1).atStartOfDay())
        .and(
            "r.createdAt < :monthEnd",
            "monthEnd",
            filter.month() == null ? null : filter.month().plusMonths(1).atDay(1).atStartOfDay());
  }

  private ExpertTeam existingTeam(Long teamId) {
    return references.team(teamId).orElseThrow(() -> new VisitRuleException("visit.noSuchTeam"));
  }
}
