package fi.opeverkko.visits;

import fi.opeverkko.network.City;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.platform.NetworkDate;
import fi.opeverkko.platform.PageKeys;
import fi.opeverkko.platform.WorkingDays;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * A school's request for a training visit from an expert team, and the visit it becomes: accepted,
 * scheduled, delivered, given feedback on and closed, or declined or cancelled on the way. Its
 * status changes only through {@link #apply}, which follows {@link VisitStatus}.
 */
@Entity
@Table(name = "visit_request")
public class VisitRequest implements Serializable {

  /** The columns' lengths: a longer place or reason is refused, never cut. */
  static final int PLACE_MAX_LENGTH = 300;

  static final int REASON_MAX_LENGTH = 1000;

  /** A team owes the school an answer within ten working days (the network's promise). */
  static final int ANSWER_WITHIN_WORKING_DAYS = 10;

  /**
   * Requests with what every list of them shows: the school and its city, the team (none while the
   * request waits for one) and its leader, the requester, the topic. All in the one query: without
   * weaving EclipseLink reads a lazy to-one at once, so each one not fetched here would be a query
   * per row.
   */
  static final String SELECT_WITH_PARTIES =
      "SELECT r FROM VisitRequest r JOIN FETCH r.school s LEFT JOIN FETCH r.team t"
          + " JOIN FETCH r.requestedBy LEFT JOIN FETCH r.topic";

  /**
   * A query of {@link #SELECT_WITH_PARTIES} with the team's leader in the same statement:
   * EclipseLink does not follow a JOIN FETCH through a fetch join's alias, and without weaving a
   * to-one is read eagerly, so each team's leader would cost a query of its own.
   */
  static <T> TypedQuery<T> withParties(TypedQuery<T> query) {
    return query.setHint("eclipselink.left-join-fetch", "r.team.leader");
  }

  /**
   * The requests of the ids with their parties, in the ids' order: the second statement of a page
   * read keys first. A big list's page is ordered and cut over the requests' own columns, its keys
   * only; joining each candidate's school, team, requester and topic before the cut made a page of
   * a city's 70,000 requests take seconds on H2.
   */
  static List<VisitRequest> withPartiesInOrder(EntityManager em, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return PageKeys.inOrder(
        ids,
        withParties(em.createQuery(SELECT_WITH_PARTIES + " WHERE r.id IN :ids", VisitRequest.class))
            .setParameter("ids", ids)
            .getResultList(),
        VisitRequest::getId);
  }

  @Id
  @SequenceGenerator(
      name = "visit_request_seq",
      sequenceName = "visit_request_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "visit_request_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  /** The school's city, kept with the request for the city's lists (a school never moves). */
  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "city_id", updatable = false)
  private City city;

  /** None when the school sent its need without knowing which team to ask: see {@link #take}. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private ExpertTeam team;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "topic_id")
  private TeamTopic topic;

  private String need;

  @Enumerated(EnumType.STRING)
  @Column(name = "target_group")
  private TargetGroup targetGroup;

  @Column(name = "target_detail")
  private String targetDetail;

  private int participants;

  @Column(name = "preferred_from")
  private LocalDate preferredFrom;

  @Column(name = "preferred_until")
  private LocalDate preferredUntil;

  @Column(name = "preferred_note")
  private String preferredNote;

  @Column(name = "duration_minutes")
  private int durationMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "visit_mode")
  private VisitMode mode;

  @Enumerated(EnumType.STRING)
  @Column(name = "visit_language")
  private TeachingLanguage language;

  private String goal;

  @Enumerated(EnumType.STRING)
  private VisitStatus status = VisitStatus.DRAFT;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "requested_by_id")
  private Person requestedBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "submitted_at")
  private LocalDateTime submittedAt;

  /** The team's first answer (accepted or declined). */
  @Column(name = "answered_at")
  private LocalDateTime answeredAt;

  /** The working days the school waited for the first answer, for the teams' trends. */
  @Column(name = "answer_working_days")
  private Integer answerWorkingDays;

  @Column(name = "starts_at")
  private LocalDateTime startsAt;

  @Column(name = "ends_at")
  private LocalDateTime endsAt;

  private String place;

  /** Raised at every change calendars must pick up (RFC 5545 SEQUENCE). */
  @Column(name = "calendar_sequence")
  private int calendarSequence;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Version private long version;

  protected VisitRequest() {}

  VisitRequest(
      School school,
      ExpertTeam team,
      TeamTopic topic,
      Person requestedBy,
      VisitDetails details,
      LocalDateTime now) {
    this.school = school;
    this.city = school.getCity();
    this.requestedBy = requestedBy;
    this.createdAt = now;
    change(team, topic, details, now);
  }

  /** Takes what the school wrote (already validated); only a draft is changed. */
  void change(ExpertTeam team, TeamTopic topic, VisitDetails details, LocalDateTime now) {
    if (status != VisitStatus.DRAFT) {
      throw new VisitRuleException("visit.notDraft");
    }
    this.team = team;
    this.topic = topic;
    this.need = blankToNull(details.getNeed());
    this.targetGroup = details.getTargetGroup();
    this.targetDetail = blankToNull(details.getTargetDetail());
    this.participants = details.getParticipants();
    this.preferredFrom = details.getPreferredFrom();
    this.preferredUntil = details.getPreferredUntil();
    this.preferredNote = blankToNull(details.getPreferredNote());
    this.durationMinutes = details.getDurationMinutes();
    this.mode = details.getMode();
    this.language = details.getLanguage();
    this.goal = details.getGoal().strip();
    this.updatedAt = now;
  }

  /**
   * Takes an action on the visit and says what happened, for its history. Refuses what the status
   * does not allow, the actions that need a reason without one, and delivering a visit whose time
   * is not over yet. Scheduling and rescheduling go through {@link #schedule}.
   */
  VisitEvent apply(VisitAction action, String actor, String reason, LocalDateTime now) {
    if (action == VisitAction.SCHEDULE || action == VisitAction.RESCHEDULE) {
      throw new IllegalArgumentException(action + " needs the time: use schedule()");
    }
    if (action == VisitAction.DELIVER && status.allows(action) && !held(now)) {
      throw new VisitRuleException("visit.notYetHeld");
    }
    VisitStatus from = move(action, reason, now);
    return new VisitEvent(this, now, actor, action, from, status, blankToNull(reason));
  }

  /**
   * Agrees the visit's time ({@code SCHEDULE}) or moves it ({@code RESCHEDULE}); the history keeps
   * the time set and the time it replaced. A visit is never booked or moved into the past: a time
   * already gone is a typing slip, not a plan, and the school and the experts would be told of a
   * visit nobody can go to.
   */
  VisitEvent schedule(
      VisitAction action, VisitSchedule schedule, String actor, String reason, LocalDateTime now) {
    if (action != VisitAction.SCHEDULE && action != VisitAction.RESCHEDULE) {
      throw new IllegalArgumentException(action + " sets no time");
    }
    if (!NetworkDate.Check.within(schedule.startsAt().toLocalDate(), now.toLocalDate())) {
      throw new VisitRuleException("visit.dateOutsideWindow");
    }
    if (schedule.startsAt().isBefore(now)) {
      if (action == VisitAction.RESCHEDULE) {
        throw new VisitRuleException("visit.movedIntoPast");
      }
      throw new VisitRuleException("visit.scheduledInPast");
    }
    if (schedule.place() != null && schedule.place().length() > PLACE_MAX_LENGTH) {
      throw new VisitRuleException("visit.placeTooLong", PLACE_MAX_LENGTH);
    }
    LocalDateTime previousStartsAt = startsAt;
    LocalDateTime previousEndsAt = endsAt;
    VisitStatus from = move(action, reason, now);
    this.startsAt = schedule.startsAt();
    this.endsAt = schedule.endsAt();
    this.place = blankToNull(schedule.place());
    return new VisitEvent(
        this, now, actor, action, from, blankToNull(reason), previousStartsAt, previousEndsAt);
  }

  /**
   * A team leader takes a sent request that names no team for their team, with a topic of its
   * catalogue or none: from then on it is the team's like any request sent to it. Refused once
   * another leader has taken it (or the school withdrew it).
   */
  VisitEvent take(ExpertTeam team, TeamTopic topic, String actor, LocalDateTime now) {
    if (!waitsForTeam()) {
      throw new VisitRuleException("visit.alreadyTaken");
    }
    this.team = team;
    this.topic = topic;
    VisitStatus from = move(VisitAction.TAKE, null, now);
    return new VisitEvent(this, now, actor, VisitAction.TAKE, from, status, null);
  }

  /** Whether the request is sent and waits for a team leader to take it for their team. */
  public boolean waitsForTeam() {
    return team == null && status == VisitStatus.SUBMITTED;
  }

  /**
   * Where the request stands as its pages name it: its status, or {@code WAITING_FOR_TEAM} while a
   * sent request has no team yet.
   */
  public String getStage() {
    return waitsForTeam() ? "WAITING_FOR_TEAM" : status.name();
  }

  /** Whether the visit can have taken place by {@code now}: it has a time, and that is over. */
  public boolean held(LocalDateTime now) {
    return endsAt != null && !endsAt.isAfter(now);
  }

  /** Moves the status on for the action and returns the status it left. */
  private VisitStatus move(VisitAction action, String reason, LocalDateTime now) {
    if (action.requiresReason() && (reason == null || reason.isBlank())) {
      throw new VisitRuleException("visit.reasonRequired", action);
    }
    if (reason != null && reason.length() > REASON_MAX_LENGTH) {
      throw new VisitRuleException("visit.reasonTooLong", REASON_MAX_LENGTH);
    }
    VisitStatus from = status;
    status = status.after(action);
    updatedAt = now;
    switch (action) {
      case SUBMIT -> submittedAt = now;
      case ACCEPT, DECLINE -> answered(now);
      case CANCEL, SCHEDULE, RESCHEDULE -> calendarSequence++;
      default -> {
        // The other actions change the status only.
      }
    }
    return from;
  }

  /**
   * Keeps the team's first answer and how long the school waited for it; a later one changes
   * neither.
   */
  private void answered(LocalDateTime now) {
    if (answeredAt == null) {
      answeredAt = now;
      answerWorkingDays =
          WorkingDays.workingDaysBetween(submittedAt.toLocalDate(), now.toLocalDate());
    }
  }

  /** Working days the school has waited for an answer (0 once answered or while a draft). */
  public int waitingWorkingDays(LocalDate today) {
    return status.awaitsAnswer() && submittedAt != null
        ? WorkingDays.workingDaysBetween(submittedAt.toLocalDate(), today)
        : 0;
  }

  /** Whether the school has waited longer than the team promised to answer. */
  public boolean overdue(LocalDate today) {
    return waitingWorkingDays(today) > ANSWER_WITHIN_WORKING_DAYS;
  }

  /** What the visit is about: the catalogue topic's title, or the need the school wrote. */
  public String subject(Locale locale) {
    return topic != null ? topic.title(locale) : need;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public ExpertTeam getTeam() {
    return team;
  }

  public TeamTopic getTopic() {
    return topic;
  }

  public String getNeed() {
    return need;
  }

  public TargetGroup getTargetGroup() {
    return targetGroup;
  }

  public String getTargetDetail() {
    return targetDetail;
  }

  public int getParticipants() {
    return participants;
  }

  public LocalDate getPreferredFrom() {
    return preferredFrom;
  }

  public LocalDate getPreferredUntil() {
    return preferredUntil;
  }

  public String getPreferredNote() {
    return preferredNote;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public VisitMode getMode() {
    return mode;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public String getGoal() {
    return goal;
  }

  public VisitStatus getStatus() {
    return status;
  }

  public Person getRequestedBy() {
    return requestedBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public LocalDateTime getEndsAt() {
    return endsAt;
  }

  public String getPlace() {
    return place;
  }

  public int getCalendarSequence() {
    return calendarSequence;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public long getVersion() {
    return version;
  }
}
