package fi.opeverkko.courses;

import fi.opeverkko.competence.CatalogueService;
import fi.opeverkko.competence.CompetenceRuleException;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/**
 * The use cases of central courses, one transaction each: organisers create and edit courses;
 * teachers sign themselves up in one click and cancel; principals approve or decline their school's
 * sign-ups and note substitutes. Whatever gives or frees a place locks the course first.
 */
@Published
@Stateless
public class CourseService {

  @PersistenceContext private EntityManager em;
  @Inject private CourseAccess access;
  @Inject private NetworkReferences network;
  @Inject private CatalogueService badges;
  @Inject private CourseLetters letters;
  @Inject private Clock clock;
  @Inject private Event<CourseAudit> audited;
  @Inject private Validator validator;

  public Long create(@NotNull CourseDetails details) {
    SignedInUser user = access.requireOrganiserFor(details.teamId());
    requireValid(details);
    Course course = new Course(details, team(details.teamId()), clock.now());
    em.persist(course);
    em.flush();
    audit(user, "CREATE_COURSE", course);
    return course.getId();
  }

  /**
   * Saves the organiser's changes. More places let the first waiting in, who are told; a course
   * moves to another team only by somebody who organises for both.
   */
  public void edit(@NotNull Long courseId, @NotNull CourseDetails details) {
    Course course = Course.locked(em, courseId);
    SignedInUser user = access.requireOrganiserOf(course);
    access.requireOrganiserFor(details.teamId());
    requireValid(details);
    Places places = new Places(em, course);
    List<SessionDetails> before = sessionsOf(course);
    course.revise(details, team(details.teamId()), places.given(), clock.now());
    List<SignUp> moved = places.fillFree();
    movedIn(course, moved);
    if (!before.equals(sessionsOf(course))) {
      List<Person> told =
          places.participants().stream()
              .filter(signUp -> !moved.contains(signUp))
              .map(SignUp::getTeacher)
              .toList();
      letters.send(CourseLetters.Kind.SESSIONS_CHANGED, course, told);
    }
    audit(user, "EDIT_COURSE", course);
  }

  /** Signs up the signed-in teacher from their only school this school year. */
  public SignUpOutcome signUp(@NotNull Long courseId) {
    Set<Long> schools = access.requireTeachingSchools();
    if (schools.size() > 1) {
      throw new CourseRuleException("courses.chooseSchool");
    }
    return signUpFrom(courseId, schools.iterator().next());
  }

  /**
   * Signs up the signed-in teacher from one of their schools: a place while there are places, the
   * waitlist after them; or the principal's approval first where the course asks for it.
   */
  public SignUpOutcome signUp(@NotNull Long courseId, @NotNull Long schoolId) {
    if (!access.requireTeachingSchools().contains(schoolId)) {
      throw new CourseRuleException("courses.notYourSchool");
    }
    return signUpFrom(courseId, schoolId);
  }

  private SignUpOutcome signUpFrom(Long courseId, Long schoolId) {
    SignedInUser user = access.user();
    Course course = Course.locked(em, courseId);
    School school = network.school(schoolId).orElseThrow();
    course.requireOpenFor(school, clock.today());
    Person teacher = network.person(user.personId()).orElseThrow();
    SignUp signUp = existingOf(course, teacher);
    Places places = new Places(em, course);
    SignUpStatus first =
        course.isApprovalNeeded() ? SignUpStatus.PENDING_APPROVAL : places.queued();
    signUp.enter(school, first, places.nextArrival(), clock.now());
    if (signUp.getId() == null) {
      em.persist(signUp);
    }
    em.flush();
    if (first == SignUpStatus.PENDING_APPROVAL) {
      letters.sendAbout(
          CourseLetters.Kind.APPROVAL_ASKED,
          course,
          teacher,
          network.holders(school, SchoolRole.PRINCIPAL, clock.currentSchoolYear()));
    } else {
      letters.send(
          first == SignUpStatus.IN ? CourseLetters.Kind.SIGNED_UP : CourseLetters.Kind.WAITLISTED,
          course,
          List.of(teacher));
    }
    audit(user, "SIGN_UP", course);
    return new SignUpOutcome(signUp.getId(), signUp.getStatus(), signUp.getArrival());
  }

  /** The teacher cancels; a place it held goes to the first waiting, who is told. */
  public void cancel(@NotNull Long signUpId) {
    Course course = lockedCourseOf(signUpId);
    SignUp signUp = SignUp.existing(em, signUpId);
    SignedInUser user = access.requireOwnerOf(signUp);
    if (signUp.cancel()) {
      movedIn(course, new Places(em, course).fillFree());
    }
    audit(user, "CANCEL_SIGN_UP", course);
  }

  /**
   * The principal approves: the sign-up queues for a place from now on.
   *
   * @param substituteNeeded whether the teacher's days away need a substitute
   */
  public SignUpStatus approve(@NotNull Long signUpId, boolean substituteNeeded) {
    Course course = lockedCourseOf(signUpId);
    SignUp signUp = SignUp.existing(em, signUpId);
    SignedInUser user = access.requireApproverOf(signUp);
    Places places = new Places(em, course);
    signUp.approve(
        places.queued(), places.nextArrival(), substituteNeeded, user.loginName(), clock.now());
    letters.send(CourseLetters.Kind.APPROVED, course, List.of(signUp.getTeacher()));
    audit(user, "APPROVE_SIGN_UP", course);
    return signUp.getStatus();
  }

  public void decline(@NotNull Long signUpId) {
    Course course = lockedCourseOf(signUpId);
    SignUp signUp = SignUp.existing(em, signUpId);
    SignedInUser user = access.requireApproverOf(signUp);
    signUp.decline(user.loginName(), clock.now());
    letters.send(CourseLetters.Kind.DECLINED, course, List.of(signUp.getTeacher()));
    audit(user, "DECLINE_SIGN_UP", course);
  }

  /** The principal notes, or takes back, that a teacher's days away need a substitute. */
  public void noteSubstitute(@NotNull Long signUpId, boolean needed) {
    SignUp signUp = SignUp.existing(em, signUpId);
    SignedInUser user = access.requirePrincipalOf(signUp.getSchool().getId());
    signUp.noteSubstitute(needed);
    audit(user, "NOTE_SUBSTITUTE", signUp.getCourse());
  }

  private static List<SessionDetails> sessionsOf(Course course) {
    return course.getSessions().stream().map(CourseSession::details).toList();
  }

  private void movedIn(Course course, List<SignUp> moved) {
    if (!moved.isEmpty()) {
      letters.send(
          CourseLetters.Kind.MOVED_IN, course, moved.stream().map(SignUp::getTeacher).toList());
    }
  }

  /** The sign-up's course, locked before the sign-up is read, so its status is read current. */
  private Course lockedCourseOf(Long signUpId) {
    List<Long> course =
        em.createQuery("SELECT s.course.id FROM SignUp s WHERE s.id = :id", Long.class)
            .setParameter("id", signUpId)
            .getResultList();
    if (course.isEmpty()) {
      throw new CourseRuleException("courses.noSuchSignUp", String.valueOf(signUpId));
    }
    return Course.locked(em, course.get(0));
  }

  private SignUp existingOf(Course course, Person teacher) {
    return em.createQuery(
            "SELECT s FROM SignUp s WHERE s.course = :course AND s.teacher = :teacher",
            SignUp.class)
        .setParameter("course", course)
        .setParameter("teacher", teacher)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> new SignUp(course, teacher, null));
  }

  private ExpertTeam team(Long teamId) {
    if (teamId == null) {
      return null;
    }
    return network
        .team(teamId)
        .orElseThrow(() -> new CourseRuleException("courses.noSuchTeam", String.valueOf(teamId)));
  }

  /** The field the first broken constraint names, and every linked badge in the catalogue. */
  private void requireValid(CourseDetails details) {
    Set<ConstraintViolation<CourseDetails>> violations = validator.validate(details);
    if (!violations.isEmpty()) {
      throw new CourseRuleException(
          "courses.invalidDetails", violations.iterator().next().getPropertyPath().toString());
    }
    for (Long badgeId : details.badgeIds()) {
      try {
        badges.badge(badgeId);
      } catch (CompetenceRuleException unknown) {
        throw new CourseRuleException("courses.noSuchBadge", String.valueOf(badgeId));
      }
    }
  }

  /** Audited once the use case has committed and the course's lock is free (see CourseAudit). */
  private void audit(SignedInUser user, String action, Course course) {
    audited.fire(new CourseAudit(user.loginName(), action, course.getId()));
  }
}
