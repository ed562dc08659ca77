package fi.opeverkko.courses;

import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads of a course's life, each in a fixed number of queries: the organisers' courses waiting for
 * a decision and their attendance lists, a teacher's own completions.
 */
@Published
@Stateless
public class CourseLifeQueries {

  /** EclipseLink reads a relation of all the rows in one more query rather than one per row. */
  private static final String BATCH = "eclipselink.batch";

  @PersistenceContext private EntityManager em;
  @Inject private CourseAccess access;
  @Inject private Clock clock;

  /**
   * The signed-in organiser's courses (an admin's: all) under their minimum once the decision date
   * is reached, not yet started, neither pooled nor cancelled: by decision date.
   */
  public List<DecisionRow> decisionsNeeded() {
    LocalDate today = clock.today();
    TypedQuery<Course> query =
        organisers(
            "SELECT c FROM Course c WHERE c.state = :open AND c.decisionDate <= :today"
                + " AND c.firstDay > :today",
            " ORDER BY c.decisionDate, c.id");
    if (query == null) {
      return List.of();
    }
    List<Course> courses =
        query.setParameter("open", CourseState.OPEN).setParameter("today", today).getResultList();
    Map<Long, Long> given = given(courses);
    return courses.stream()
        .filter(course -> course.decisionNeeded(given.getOrDefault(course.getId(), 0L), today))
        .map(
            course ->
                new DecisionRow(
                    course.getId(),
                    course.getName(),
                    course.getLanguage(),
                    course.getDecisionDate(),
                    course.getFirstDay(),
                    course.getMinimum(),
                    given.getOrDefault(course.getId(), 0L),
                    course.getLanguage() == TeachingLanguage.SV))
        .toList();
  }

  /** The signed-in organiser's courses that have started this school year, not cancelled. */
  public List<OrganisedCourse> heldCourses() {
    LocalDate today = clock.today();
    TypedQuery<Course> query =
        organisers(
            "SELECT c FROM Course c WHERE c.state <> :cancelled AND c.firstDay <= :today"
                + " AND c.lastDay >= :yearStart",
            " ORDER BY c.firstDay DESC, c.id");
    if (query == null) {
      return List.of();
    }
    return query
        .setParameter("cancelled", CourseState.CANCELLED)
        .setParameter("today", today)
        .setParameter("yearStart", clock.currentSchoolYear().firstDay())
        .getResultStream()
        .map(
            course ->
                new OrganisedCourse(
                    course.getId(), course.getName(), course.getFirstDay(), course.getLastDay()))
        .toList();
  }

  /** The query narrowed to the user's teams' courses; none for a user who organises nothing. */
  private TypedQuery<Course> organisers(String select, String orderBy) {
    SignedInUser user = access.user();
    if (user.isAdmin()) {
      return em.createQuery(select + orderBy, Course.class);
    }
    if (user.teamIds().isEmpty()) {
      return null;
    }
    return em.createQuery(select + " AND c.team.id IN :teams" + orderBy, Course.class)
        .setParameter("teams", user.teamIds());
  }

  private Map<Long, Long> given(List<Course> courses) {
    Map<Long, Long> given = new HashMap<>();
    if (!courses.isEmpty()) {
      em.createQuery(
              "SELECT s.course.id, COUNT(s) FROM SignUp s WHERE s.course IN :courses"
                  + " AND s.status = :in GROUP BY s.course.id",
              Object[].class)
          .setParameter("courses", courses)
          .setParameter("in", SignUpStatus.IN)
          .getResultStream()
          .forEach(row -> given.put((Long) row[0], (Long) row[1]));
    }
    return given;
  }

  /** The course's attendance list, for its organisers (and the printable list). */
  public AttendanceSheet attendanceSheet(@NotNull Long courseId) {
    Course course = Course.existing(em, courseId);
    access.requireOrganiserOf(course);
    LocalDateTime now = clock.now();
    List<SignUp> signUps =
        em.createQuery(
                "SELECT s FROM SignUp s JOIN FETCH s.teacher JOIN FETCH s.school"
                    + " WHERE s.course = :course AND s.status = :in ORDER BY s.arrival",
                SignUp.class)
            .setParameter("course", course)
            .setParameter("in", SignUpStatus.IN)
            .getResultList();
    Map<Long, Completion> completions = Completion.of(em, signUps);
    List<CourseSession> required = course.requiredSessions();
    List<AttendanceSheet.Session> sessions =
        course.getSessions().stream()
            .map(
                session ->
                    new AttendanceSheet.Session(
                        session.getStartsAt(),
                        session.getEndsAt(),
                        session.getKind(),
                        session.getPlace(),
                        required.contains(session),
                        !session.getStartsAt().isAfter(now)))
            .toList();
    List<AttendanceSheet.Participant> participants =
        signUps.stream()
            .map(
                signUp -> {
                  Completion completion = completions.get(signUp.getId());
                  return new AttendanceSheet.Participant(
                      signUp.getId(),
                      signUp.getTeacher().getFullName(),
                      signUp.getSchool().getNameFi(),
                      completion.attended(),
                      signUp.getAssignmentReturnedAt() != null,
                      completion.completedOn());
                })
            .toList();
    return new AttendanceSheet(
        course.getId(),
        course.getName(),
        course.getState(),
        course.isFinalAssignment(),
        sessions,
        participants);
  }

  /** The signed-in teacher's places on courses that have started, the newest first. */
  public List<CompletionRow> myCompletions() {
    SignedInUser user = access.user();
    if (user.personId() == null) {
      return List.of();
    }
    List<SignUp> signUps =
        em.createQuery(
                "SELECT s FROM SignUp s JOIN FETCH s.course c WHERE s.teacher.id = :me"
                    + " AND s.status = :in AND c.firstDay <= :today AND c.state <> :cancelled"
                    + " ORDER BY c.firstDay DESC, c.id",
                SignUp.class)
            .setParameter("me", user.personId())
            .setParameter("in", SignUpStatus.IN)
            .setParameter("today", clock.today())
            .setParameter("cancelled", CourseState.CANCELLED)
            .setHint(BATCH, "s.course.sessions")
            .setHint(BATCH, "s.course.optionalSessions")
            .setHint(BATCH, "s.course.badgeIds")
            .getResultList();
    Map<Long, Completion> completions = Completion.of(em, signUps);
    return signUps.stream()
        .map(
            signUp -> {
              Course course = signUp.getCourse();
              Completion completion = completions.get(signUp.getId());
              List<CourseSession> required = course.requiredSessions();
              int attended =
                  (int)
                      required.stream()
                          .filter(session -> completion.attended().contains(session.getStartsAt()))
                          .count();
              return new CompletionRow(
                  signUp.getId(),
                  course.getId(),
                  course.getName(),
                  course.getFirstDay(),
                  course.getLastDay(),
                  attended,
                  required.size(),
                  course.isFinalAssignment(),
                  signUp.getAssignmentReturnedAt() != null,
                  completion.completedOn(),
                  course.getBadgeIds());
            })
        .toList();
  }
}
