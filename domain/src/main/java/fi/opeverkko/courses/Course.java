package fi.opeverkko.courses;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.EnumSetColumn;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A central course: what it is, whom it is for, who organises it, its places and sign-up window,
 * its sessions. It checks its own rules whenever it is written, before it changes anything, so a
 * refused change leaves it as it was.
 */
@Entity
@Table(name = "course")
public class Course {

  /** The cities whose Swedish-speaking staff a pooled course opens to. */
  static final Set<String> POOL_CITIES = Set.of("HELSINKI", "ESPOO", "VANTAA");

  @Id
  @SequenceGenerator(name = "course_seq", sequenceName = "course_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_seq")
  private Long id;

  @Embedded private LocalizedName name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "description_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "description_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
  })
  private LocalizedText description;

  @Enumerated(EnumType.STRING)
  @Column(name = "teaching_language")
  private TeachingLanguage language;

  @Column(name = "school_types")
  private String schoolTypes;

  @Column(name = "school_roles")
  private String roles;

  @Column(name = "course_level")
  private Level level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private ExpertTeam team;

  @Column(name = "city_code")
  private String cityCode;

  private int capacity;

  private int minimum;

  @Column(name = "sign_up_opens")
  private LocalDate signUpOpens;

  @Column(name = "sign_up_closes")
  private LocalDate signUpCloses;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "approval_needed")
  private boolean approvalNeeded;

  @Column(name = "price_cents")
  private Integer priceCents;

  private String formats;

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @OneToMany(mappedBy = "course", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("startsAt")
  private List<CourseSession> sessions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "course_badge", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "badge_id")
  private Set<Long> badgeIds = new HashSet<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "course_state")
  private CourseState state = CourseState.OPEN;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "final_assignment")
  private boolean finalAssignment;

  /** The sessions (by their start) a teacher need not attend to complete the course. */
  @ElementCollection
  @CollectionTable(name = "course_optional_session", joinColumns = @JoinColumn(name = "course_id"))
  @Column(name = "starts_at")
  private Set<LocalDateTime> optionalSessions = new HashSet<>();

  @Version private long version;

  protected Course() {}

  /** A new course; refuses details that break a rule, as {@link #revise} does. */
  Course(CourseDetails details, ExpertTeam team, LocalDateTime now) {
    revise(details, team, 0, now);
  }

  /** The course, or the refusal a missing one calls for. */
  static Course existing(EntityManager em, Long courseId) {
    return found(courseId == null ? null : em.find(Course.class, courseId), courseId);
  }

  /**
   * The course locked until the transaction ends: whoever gives or frees a place locks the course
   * first, so places are counted and given one change after another and never twice (the same on H2
   * and PostgreSQL: SELECT ... FOR UPDATE).
   */
  static Course locked(EntityManager em, Long courseId) {
    return found(
        courseId == null ? null : em.find(Course.class, courseId, LockModeType.PESSIMISTIC_WRITE),
        courseId);
  }

  private static Course found(Course course, Long courseId) {
    if (course == null) {
      throw new CourseRuleException("courses.noSuchCourse", String.valueOf(courseId));
    }
    return course;
  }

  /**
   * Writes the organiser's details after checking every rule against them.
   *
   * @param given the places already given: the capacity never goes below them
   * @param now the present: a session may not be moved or put into the past
   */
  void revise(CourseDetails details, ExpertTeam team, long given, LocalDateTime now) {
    List<SessionDetails> planned =
        details.sessions().stream().sorted(Comparator.comparing(SessionDetails::startsAt)).toList();
    check(details, planned, given, now);
    this.name = details.name();
    this.description = details.description().stripped();
    this.language = details.language();
    this.schoolTypes = EnumSetColumn.join(details.schoolTypes());
    this.roles = EnumSetColumn.join(details.roles());
    this.level = details.level();
    this.team = team;
    this.cityCode = blankToNull(details.cityCode());
    this.capacity = details.capacity();
    this.minimum = details.minimum();
    this.signUpOpens = details.signUpOpens();
    this.signUpCloses = details.signUpCloses();
    this.decisionDate = details.decisionDate();
    this.approvalNeeded = details.approvalNeeded();
    this.priceCents = details.priceCents();
    this.badgeIds.clear();
    this.badgeIds.addAll(details.badgeIds());
    replaceSessions(planned);
  }

  private void check(
      CourseDetails details, List<SessionDetails> planned, long given, LocalDateTime now) {
    if (details.minimum() > details.capacity()) {
      throw new CourseRuleException("courses.minimumOverCapacity");
    }
    if (details.capacity() < given) {
      throw new CourseRuleException("courses.capacityBelowGiven", given);
    }
    Set<SessionDetails> kept =
        sessions.stream().map(CourseSession::details).collect(Collectors.toSet());
    SessionDetails previous = null;
    for (SessionDetails session : planned) {
      if (!session.endsAt().isAfter(session.startsAt())) {
        throw new CourseRuleException("courses.sessionEndsBeforeStart");
      }
      if (session.kind() == SessionKind.CONTACT_DAY && isBlank(session.place())) {
        throw new CourseRuleException("courses.placeMissing");
      }
      if (session.kind() == SessionKind.WEBINAR && isBlank(session.link())) {
        throw new CourseRuleException("courses.linkMissing");
      }
      // A session already held may stay as it was; none is added or moved into the past.
      if (session.startsAt().isBefore(now) && !kept.contains(normalised(session))) {
        throw new CourseRuleException("courses.sessionInPast");
      }
      if (previous != null && session.startsAt().isBefore(previous.endsAt())) {
        throw new CourseRuleException("courses.sessionsOverlap");
      }
      previous = session;
    }
    LocalDate firstSession = planned.get(0).startsAt().toLocalDate();
    if (details.signUpOpens().isAfter(details.signUpCloses())
        || details.signUpCloses().isAfter(details.decisionDate())
        || details.decisionDate().isAfter(firstSession)) {
      throw new CourseRuleException("courses.datesOutOfOrder");
    }
  }

  private void replaceSessions(List<SessionDetails> planned) {
    sessions.clear();
    for (SessionDetails session : planned) {
      sessions.add(new CourseSession(this, normalised(session)));
    }
    Set<SessionKind> kinds = EnumSet.noneOf(SessionKind.class);
    planned.forEach(session -> kinds.add(session.kind()));
    this.formats = EnumSetColumn.join(kinds);
    this.firstDay = planned.get(0).startsAt().toLocalDate();
    this.lastDay =
        planned.stream()
            .map(session -> session.endsAt().toLocalDate())
            .max(Comparator.naturalOrder())
            .orElseThrow();
  }

  /** The session as it is kept: a place only for a contact day, a link for the others. */
  private static SessionDetails normalised(SessionDetails session) {
    boolean contact = session.kind() == SessionKind.CONTACT_DAY;
    return new SessionDetails(
        session.kind(),
        session.startsAt(),
        session.endsAt(),
        contact ? blankToNull(session.place()) : null,
        contact ? null : blankToNull(session.link()));
  }

  /**
   * Refuses a sign-up to a cancelled course, outside the window or from a school outside the
   * course's city. A pooled course takes sign-ups until the day before it starts, from Espoo's and
   * Vantaa's Swedish-speaking schools too.
   */
  void requireOpenFor(School school, LocalDate today) {
    if (state == CourseState.CANCELLED) {
      throw new CourseRuleException("courses.courseCancelled");
    }
    LocalDate closes = state == CourseState.POOLED ? firstDay.minusDays(1) : signUpCloses;
    if (today.isBefore(signUpOpens) || today.isAfter(closes)) {
      throw new CourseRuleException("courses.signUpClosed");
    }
    boolean pooledIn =
        state == CourseState.POOLED
            && POOL_CITIES.contains(school.getCity().getCode())
            && school.getLanguage() == TeachingLanguage.SV;
    if (cityCode != null && !cityCode.equals(school.getCity().getCode()) && !pooledIn) {
      throw new CourseRuleException("courses.notForYourCity");
    }
  }

  /**
   * Whether the organiser must decide: the decision date is reached, the course has not started, is
   * neither pooled nor cancelled, and fewer places are given than its minimum.
   */
  boolean decisionNeeded(long given, LocalDate today) {
    return state == CourseState.OPEN
        && !today.isBefore(decisionDate)
        && today.isBefore(firstDay)
        && given < minimum;
  }

  /** Pools a Swedish course that needs the decision with the neighbouring cities' staff. */
  void pool(long given, LocalDate today) {
    if (language != TeachingLanguage.SV) {
      throw new CourseRuleException("courses.poolOnlySwedish");
    }
    if (!decisionNeeded(given, today)) {
      throw new CourseRuleException("courses.noDecisionNeeded");
    }
    state = CourseState.POOLED;
  }

  /** Cancels a course that has not started, with the reason the participants are told. */
  void cancel(String reason, LocalDate today) {
    if (isBlank(reason) || reason.strip().length() > 1000) {
      throw new CourseRuleException("courses.cancelReasonMissing");
    }
    if (state == CourseState.CANCELLED || !today.isBefore(firstDay)) {
      throw new CourseRuleException("courses.notCancellable");
    }
    state = CourseState.CANCELLED;
    cancelReason = reason.strip();
  }

  /**
   * What completing the course asks: every session but the optional ones, and the final assignment
   * where it is asked.
   */
  void requireForCompletion(Set<LocalDateTime> optional, boolean assignment) {
    Set<LocalDateTime> starts =
        sessions.stream().map(CourseSession::getStartsAt).collect(Collectors.toSet());
    if (!starts.containsAll(optional)) {
      throw new CourseRuleException("courses.noSuchSession");
    }
    if (optional.containsAll(starts) && !assignment) {
      throw new CourseRuleException("courses.nothingRequired");
    }
    optionalSessions.clear();
    optionalSessions.addAll(optional);
    finalAssignment = assignment;
  }

  /** The sessions a teacher must attend to complete the course, in order. */
  List<CourseSession> requiredSessions() {
    return sessions.stream()
        .filter(session -> !optionalSessions.contains(session.getStartsAt()))
        .toList();
  }

  /** The session starting then, or the refusal a missing one calls for. */
  CourseSession session(LocalDateTime startsAt) {
    return sessions.stream()
        .filter(session -> session.getStartsAt().equals(startsAt))
        .findFirst()
        .orElseThrow(() -> new CourseRuleException("courses.noSuchSession"));
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static String blankToNull(String text) {
    return isBlank(text) ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public LocalizedName getName() {
    return name;
  }

  public LocalizedText getDescription() {
    return description;
  }

  public TeachingLanguage getLanguage() {
    return language;
  }

  public Set<SchoolType> getSchoolTypes() {
    return EnumSetColumn.split(SchoolType.class, schoolTypes);
  }

  public Set<SchoolRole> getRoles() {
    return EnumSetColumn.split(SchoolRole.class, roles);
  }

  public Set<SessionKind> getFormats() {
    return EnumSetColumn.split(SessionKind.class, formats);
  }

  public Level getLevel() {
    return level;
  }

  /** The organising team; {@code null} when the central unit organises the course. */
  public ExpertTeam getTeam() {
    return team;
  }

  public String getCityCode() {
    return cityCode;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getMinimum() {
    return minimum;
  }

  public LocalDate getSignUpOpens() {
    return signUpOpens;
  }

  public LocalDate getSignUpCloses() {
    return signUpCloses;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public boolean isApprovalNeeded() {
    return approvalNeeded;
  }

  public Integer getPriceCents() {
    return priceCents;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public List<CourseSession> getSessions() {
    return List.copyOf(sessions);
  }

  public Set<Long> getBadgeIds() {
    return Set.copyOf(badgeIds);
  }

  public CourseState getState() {
    return state;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public boolean isFinalAssignment() {
    return finalAssignment;
  }

  public Set<LocalDateTime> getOptionalSessions() {
    return Set.copyOf(optionalSessions);
  }
}
