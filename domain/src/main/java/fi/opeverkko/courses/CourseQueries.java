package fi.opeverkko.courses;

import fi.opeverkko.competence.BadgeRow;
import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads of courses, each in a fixed number of queries (big lists one page of rows plus a count):
 * the catalogue and a course's card for everybody signed in, a teacher's own sign-ups, a course's
 * participants and details for its organisers, a school's sign-ups and substitute days for its
 * principal.
 */
@Published
@Stateless
public class CourseQueries {

  public static final int MAX_PAGE = 200;

  private static final Set<SignUpStatus> ACTIVE =
      Set.of(SignUpStatus.IN, SignUpStatus.WAITING, SignUpStatus.PENDING_APPROVAL);

  @PersistenceContext private EntityManager em;
  @Inject private CourseAccess access;
  @Inject private CatalogueService badges;
  @Inject private Clock clock;
  @Inject private NetworkOverviewService network;
  @Inject private NetworkReferences references;

  /** The courses the filter matches by first day: one page and the count of all. */
  public CoursePage catalogue(
      @NotNull CourseFilter filter, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int pageSize) {
    access.user();
    return page(filter, first, pageSize);
  }

  /**
   * The same catalogue for anyone, signed in or not: the open API's catalogue answers without a
   * token. A course row tells its places taken, never who took them.
   */
  public CoursePage openCatalogue(
      @NotNull CourseFilter filter, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int pageSize) {
    return page(filter, first, pageSize);
  }

  private CoursePage page(CourseFilter filter, int first, int pageSize) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Course> page =
        em.createQuery(
            "SELECT c FROM Course c LEFT JOIN FETCH c.team" + where + " ORDER BY c.firstDay, c.id",
            Course.class);
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Course c" + where, Long.class);
    parameters.forEach(page::setParameter);
    parameters.forEach(count::setParameter);
    List<Course> courses = page.setFirstResult(first).setMaxResults(pageSize).getResultList();
    Map<Long, Map<SignUpStatus, Long>> places = places(courses);
    List<CourseRow> rows =
        courses.stream()
            .map(course -> row(course, places.getOrDefault(course.getId(), Map.of())))
            .toList();
    return new CoursePage(rows, count.getSingleResult());
  }

  /** How many courses the filter matches: the catalogue's count alone, for a table's pager. */
  public long catalogueCount(@NotNull CourseFilter filter) {
    access.user();
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(c) FROM Course c" + where(filter, parameters), Long.class);
    parameters.forEach(count::setParameter);
    return count.getSingleResult();
  }

  private static String where(CourseFilter filter, Map<String, Object> parameters) {
    List<String> conditions = new ArrayList<>();
    if (filter.level() != null) {
      conditions.add("c.level = :level");
      parameters.put("level", filter.level());
    }
    if (filter.language() != null) {
      conditions.add("c.language = :language");
      parameters.put("language", filter.language());
    }
    if (filter.from() != null) {
      conditions.add("c.lastDay >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      conditions.add("c.firstDay <= :to");
      parameters.put("to", filter.to());
    }
    // The sets are kept as comma-separated names, none of which is part of another.
    if (filter.format() != null) {
      conditions.add("c.formats LIKE :format");
      parameters.put("format", "%" + filter.format().name() + "%");
    }
    if (filter.schoolType() != null) {
      conditions.add("(c.schoolTypes = '' OR c.schoolTypes LIKE :schoolType)");
      parameters.put("schoolType", "%" + filter.schoolType().name() + "%");
    }
    if (filter.role() != null) {
      conditions.add("(c.roles = '' OR c.roles LIKE :role)");
      parameters.put("role", "%" + filter.role().name() + "%");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** The places given and the waitlists of the page's courses, in one query. */
  private Map<Long, Map<SignUpStatus, Long>> places(List<Course> courses) {
    Map<Long, Map<SignUpStatus, Long>> places = new HashMap<>();
    if (courses.isEmpty()) {
      return places;
    }
    em.createQuery(
            "SELECT s.course.id, s.status, COUNT(s) FROM SignUp s WHERE s.course IN :courses"
                + " AND s.status IN :counted GROUP BY s.course.id, s.status",
            Object[].class)
        .setParameter("courses", courses)
        .setParameter("counted", Set.of(SignUpStatus.IN, SignUpStatus.WAITING))
        .getResultStream()
        .forEach(
            row ->
                places
                    .computeIfAbsent((Long) row[0], id -> new HashMap<>())
                    .put((SignUpStatus) row[1], (Long) row[2]));
    return places;
  }

  private static CourseRow row(Course course, Map<SignUpStatus, Long> places) {
    return new CourseRow(
        course.getId(),
        course.getName(),
        course.getLanguage(),
        course.getLevel(),
        nameOf(course.getTeam()),
        course.getFirstDay(),
        course.getLastDay(),
        course.getFormats(),
        course.getSignUpCloses(),
        course.isApprovalNeeded(),
        course.getPriceCents(),
        course.getCapacity(),
        places.getOrDefault(SignUpStatus.IN, 0L),
        places.getOrDefault(SignUpStatus.WAITING, 0L));
  }

  private static LocalizedName nameOf(ExpertTeam team) {
    return team == null
        ? null
        : new LocalizedName(
            team.name(Locale.forLanguageTag("fi")),
            team.name(Locale.forLanguageTag("sv")),
            team.name(Locale.forLanguageTag("en")));
  }

  /**
   * The course's sign-ups that hold, wait for or ask for a place, in arrival order: one page and
   * the count of all; for its organisers.
   */
  public ParticipantPage participants(
      @NotNull Long courseId, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int pageSize) {
    Course course = Course.existing(em, courseId);
    access.requireOrganiserOf(course);
    List<ParticipantRow> rows =
        em.createQuery(
                "SELECT s FROM SignUp s JOIN FETCH s.teacher JOIN FETCH s.school"
                    + " WHERE s.course = :course AND s.status IN :active ORDER BY s.arrival",
                SignUp.class)
            .setParameter("course", course)
            .setParameter("active", ACTIVE)
            .setFirstResult(first)
            .setMaxResults(pageSize)
            .getResultStream()
            .map(CourseQueries::participant)
            .toList();
    long total =
        em.createQuery(
                "SELECT COUNT(s) FROM SignUp s WHERE s.course = :course AND s.status IN :active",
                Long.class)
            .setParameter("course", course)
            .setParameter("active", ACTIVE)
            .getSingleResult();
    return new ParticipantPage(rows, total);
  }

  /** How many sign-ups hold, wait for or ask for a place on the course: for a table's pager. */
  public long participantCount(@NotNull Long courseId) {
    Course course = Course.existing(em, courseId);
    access.requireOrganiserOf(course);
    return em.createQuery(
            "SELECT COUNT(s) FROM SignUp s WHERE s.course = :course AND s.status IN :active",
            Long.class)
        .setParameter("course", course)
        .setParameter("active", ACTIVE)
        .getSingleResult();
  }

  private static ParticipantRow participant(SignUp signUp) {
    return new ParticipantRow(
        signUp.getId(),
        signUp.getTeacher().getId(),
        signUp.getTeacher().getFullName(),
        signUp.getTeacher().getEmail(),
        signUp.getSchool().getNameFi(),
        signUp.getStatus(),
        signUp.getArrival(),
        signUp.isSubstituteNeeded());
  }

  /**
   * The school's substitute days per month of the school year: the contact days of the courses its
   * teachers have a place on with a substitute needed, a teacher's day counted once.
   */
  public List<SubstituteMonth> substituteDays(@NotNull Long schoolId, @NotNull SchoolYear year) {
    access.requirePrincipalOf(schoolId);
    List<?> rows =
        em.createNativeQuery(
                "SELECT y, m, COUNT(*) FROM (SELECT DISTINCT u.id AS sign_up,"
                    + " CAST(s.starts_at AS DATE) AS day_away,"
                    + " EXTRACT(YEAR FROM s.starts_at) AS y, EXTRACT(MONTH FROM s.starts_at) AS m"
                    + " FROM course_sign_up u JOIN course_session s ON s.course_id = u.course_id"
                    + " WHERE u.school_id = ?1 AND u.status = ?2 AND u.substitute_needed = TRUE"
                    + " AND s.kind = ?3 AND s.starts_at >= ?4 AND s.starts_at < ?5) d"
                    + " GROUP BY y, m ORDER BY y, m")
            .setParameter(1, schoolId)
            .setParameter(2, SignUpStatus.IN.name())
            .setParameter(3, SessionKind.CONTACT_DAY.name())
            .setParameter(4, year.firstDay().atStartOfDay())
            .setParameter(5, year.lastDay().plusDays(1).atStartOfDay())
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            cells ->
                new SubstituteMonth(
                    YearMonth.of(((Number) cells[0]).intValue(), ((Number) cells[1]).intValue()),
                    ((Number) cells[2]).longValue()))
        .toList();
  }

  /** The course as a teacher reads it, with the signed-in user's own sign-up on it. */
  public CourseCard card(@NotNull Long courseId) {
    SignedInUser user = access.user();
    Course course = Course.existing(em, courseId);
    Map<SignUpStatus, Long> places = places(List.of(course)).getOrDefault(courseId, Map.of());
    OwnSignUp mine =
        own(user).filter(own -> own.courseId().equals(courseId)).findFirst().orElse(null);
    return new CourseCard(
        course.getId(),
        course.getName(),
        course.getDescription(),
        course.getLanguage(),
        course.getSchoolTypes(),
        course.getRoles(),
        course.getLevel(),
        nameOf(course.getTeam()),
        course.getCityCode() == null
            ? null
            : references.cityName(course.getCityCode()).orElse(null),
        course.getState() == CourseState.POOLED,
        course.getCapacity(),
        course.getMinimum(),
        places.getOrDefault(SignUpStatus.IN, 0L),
        places.getOrDefault(SignUpStatus.WAITING, 0L),
        course.getSignUpOpens(),
        course.getSignUpCloses(),
        course.getDecisionDate(),
        course.isApprovalNeeded(),
        course.getPriceCents(),
        course.getSessions().stream().map(CourseSession::details).toList(),
        badgeNames(course.getBadgeIds()),
        mine,
        access.organises(course));
  }

  /** The names of the badges, from one read of the catalogue (retired badges too). */
  private List<LocalizedName> badgeNames(Set<Long> badgeIds) {
    if (badgeIds.isEmpty()) {
      return List.of();
    }
    return badges.catalogue(true).stream()
        .filter(badge -> badgeIds.contains(badge.id()))
        .map(BadgeRow::name)
        .toList();
  }

  /**
   * The signed-in teacher's live sign-ups for courses not yet over, the soonest first, each waiting
   * one with its place on the waitlist.
   */
  public List<OwnSignUp> mySignUps() {
    return own(access.user()).toList();
  }

  private Stream<OwnSignUp> own(SignedInUser user) {
    if (user.personId() == null) {
      return Stream.empty();
    }
    List<SignUp> signUps =
        em.createQuery(
                "SELECT s FROM SignUp s JOIN FETCH s.course c WHERE s.teacher.id = :teacher"
                    + " AND s.status IN :active AND c.lastDay >= :today"
                    + " ORDER BY c.firstDay, c.id",
                SignUp.class)
            .setParameter("teacher", user.personId())
            .setParameter("active", ACTIVE)
            .setParameter("today", clock.today())
            .getResultList();
    Map<Long, Long> positions = waitlistPositions(signUps);
    return signUps.stream()
        .map(
            signUp ->
                new OwnSignUp(
                    signUp.getId(),
                    signUp.getCourse().getId(),
                    signUp.getCourse().getName(),
                    signUp.getCourse().getFirstDay(),
                    signUp.getCourse().getLastDay(),
                    signUp.getStatus(),
                    positions.getOrDefault(signUp.getId(), 0L),
                    signUp.isSubstituteNeeded()));
  }

  /** Each waiting sign-up's place on its course's waitlist, in one query. */
  private Map<Long, Long> waitlistPositions(List<SignUp> signUps) {
    List<Long> waiting =
        signUps.stream()
            .filter(signUp -> signUp.getStatus() == SignUpStatus.WAITING)
            .map(SignUp::getId)
            .toList();
    Map<Long, Long> positions = new HashMap<>();
    if (waiting.isEmpty()) {
      return positions;
    }
    em.createQuery(
            "SELECT mine.id, COUNT(w) FROM SignUp mine, SignUp w WHERE mine.id IN :waiting"
                + " AND w.course = mine.course AND w.status = :status"
                + " AND w.arrival <= mine.arrival GROUP BY mine.id",
            Object[].class)
        .setParameter("waiting", waiting)
        .setParameter("status", SignUpStatus.WAITING)
        .getResultStream()
        .forEach(row -> positions.put((Long) row[0], (Long) row[1]));
    return positions;
  }

  /**
   * The school's live sign-ups for courses not yet over, those waiting for approval first, then by
   * the course's first day; for its principal.
   */
  public List<SchoolSignUp> schoolSignUps(@NotNull Long schoolId) {
    access.requirePrincipalOf(schoolId);
    return em.createQuery(
            "SELECT s FROM SignUp s JOIN FETCH s.course c JOIN FETCH s.teacher"
                + " WHERE s.school.id = :school AND s.status IN :active AND c.lastDay >= :today",
            SignUp.class)
        .setParameter("school", schoolId)
        .setParameter("active", ACTIVE)
        .setParameter("today", clock.today())
        .getResultStream()
        .map(
            signUp ->
                new SchoolSignUp(
                    signUp.getId(),
                    signUp.getCourse().getId(),
                    signUp.getCourse().getName(),
                    signUp.getCourse().getFirstDay(),
                    signUp.getCourse().getLastDay(),
                    signUp.getTeacher().getFullName(),
                    signUp.getStatus(),
                    signUp.isSubstituteNeeded()))
        .sorted(
            Comparator.comparing((SchoolSignUp row) -> !row.pending())
                .thenComparing(SchoolSignUp::firstDay)
                .thenComparing(SchoolSignUp::teacherName))
        .toList();
  }

  /** The course as its organiser wrote it, to change it. */
  public CourseDetails details(@NotNull Long courseId) {
    Course course = Course.existing(em, courseId);
    access.requireOrganiserOf(course);
    return new CourseDetails(
        course.getName(),
        course.getDescription(),
        course.getLanguage(),
        course.getSchoolTypes(),
        course.getRoles(),
        course.getLevel(),
        course.getTeam() == null ? null : course.getTeam().getId(),
        course.getCityCode(),
        course.getCapacity(),
        course.getMinimum(),
        course.getSignUpOpens(),
        course.getSignUpCloses(),
        course.getDecisionDate(),
        course.isApprovalNeeded(),
        course.getPriceCents(),
        course.getSessions().stream().map(CourseSession::details).toList(),
        course.getBadgeIds());
  }

  /**
   * Whom the signed-in user may name as a course's organiser: the teams they belong to or lead;
   * admins every team and the central unit (first).
   */
  public List<Organiser> organisers() {
    SignedInUser user = access.user();
    List<Organiser> organisers = new ArrayList<>();
    if (user.isAdmin()) {
      organisers.add(new Organiser(null, null));
    }
    (user.isAdmin() ? network.allTeams() : network.myTeams())
        .forEach(
            overview ->
                organisers.add(new Organiser(overview.team().getId(), nameOf(overview.team()))));
    return organisers;
  }
}
