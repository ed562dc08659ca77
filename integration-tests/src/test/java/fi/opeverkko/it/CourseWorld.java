package fi.opeverkko.it;

import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.Course;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.City;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the course tests need beside {@link CompetenceWorld}'s schools and people: an organising
 * team, a person's working language, and a course nearly full of teachers of a school of its own
 * for the browser walk, taken out again after it.
 */
@ApplicationScoped
public class CourseWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Inject private Clock clock;

  /** The browser walk's course, kept between its steps in the container. */
  private Long walkCourse;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private int made;

  /** A team led by the leader, with the member as its expert this school year; the team's id. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long team(Long leaderId, Long memberId, SchoolYear year) {
    String code = "KURSSI_" + letters(run + "x" + ++made);
    ExpertTeam team =
        new ExpertTeam(
            code,
            new LocalizedName("Kurssitiimi " + code, "Kursteam " + code, "Course team " + code),
            em.find(Person.class, leaderId));
    em.persist(team);
    em.persist(new TeamMembership(team, em.find(Person.class, memberId), year, BigDecimal.ONE));
    em.flush();
    return team.getId();
  }

  /**
   * A course of the team (or the central unit's) that ended {@code endedDaysAgo} days ago, with the
   * teachers of the school in; its id. Written through the replay: no service puts a course in the
   * past.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long pastCourse(
      String name, Long teamId, Long schoolId, List<Long> teacherIds, int endedDaysAgo) {
    School school = em.find(School.class, schoolId);
    Map<Person, School> in = new LinkedHashMap<>();
    teacherIds.forEach(id -> in.put(em.find(Person.class, id), school));
    return past(name, teamId == null ? null : em.find(ExpertTeam.class, teamId), in, endedDaysAgo);
  }

  /** A past course of the team (by its code) with the demo logins in, each from their school. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long pastCourseOfLogins(
      String name, String teamCode, List<String> logins, int endedDaysAgo) {
    ExpertTeam team =
        em.createQuery("SELECT t FROM ExpertTeam t WHERE t.code = :code", ExpertTeam.class)
            .setParameter("code", teamCode)
            .getSingleResult();
    Map<Person, School> in = new LinkedHashMap<>();
    for (String login : logins) {
      Person person =
          em.createQuery("SELECT p FROM Person p WHERE p.loginName = :login", Person.class)
              .setParameter("login", login)
              .getSingleResult();
      School school =
          em.createQuery(
                  "SELECT a.school FROM SchoolAssignment a WHERE a.person = :person", School.class)
              .setParameter("person", person)
              .setMaxResults(1)
              .getSingleResult();
      in.put(person, school);
    }
    return past(name, team, in, endedDaysAgo);
  }

  /**
   * Removes the courses so named with their sign-ups, feedback and feedback discussions, so the
   * tests after a walk meet the demo's courses only.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void removeCourses(String name) {
    String courses = "(SELECT id FROM course WHERE name_fi = ?1)";
    String subjects =
        "(SELECT id FROM feedback_subject WHERE kind = 'COURSE' AND subject_id IN " + courses + ")";
    for (String delete :
        List.of(
            "DELETE FROM feedback_discussion WHERE subject_row_id IN " + subjects,
            "DELETE FROM feedback_trainer WHERE subject_row_id IN " + subjects,
            "DELETE FROM feedback_subject WHERE kind = 'COURSE' AND subject_id IN " + courses,
            "DELETE FROM course_feedback WHERE course_id IN " + courses,
            "DELETE FROM course_attendance WHERE sign_up_id IN (SELECT id FROM course_sign_up"
                + " WHERE course_id IN "
                + courses
                + ")",
            "DELETE FROM course_sign_up WHERE course_id IN " + courses,
            "DELETE FROM course_session WHERE course_id IN " + courses,
            "DELETE FROM course_badge WHERE course_id IN " + courses,
            "DELETE FROM course WHERE name_fi = ?1")) {
      em.createNativeQuery(delete).setParameter(1, name).executeUpdate();
    }
  }

  private Long past(String name, ExpertTeam team, Map<Person, School> in, int endedDaysAgo) {
    LocalDate lastDay = LocalDate.now(Clock.NETWORK_ZONE).minusDays(endedDaysAgo);
    Long teamId = team == null ? null : team.getId();
    CourseReplay replay = new CourseReplay(em);
    Course course =
        replay.course(
            new CourseDetails(
                new LocalizedName(name, name, name),
                new LocalizedText("Kuvaus", "Beskrivning", "Description"),
                TeachingLanguage.FI,
                Set.of(),
                Set.of(),
                Level.BASIC,
                teamId,
                null,
                20,
                1,
                lastDay.minusDays(40),
                lastDay.minusDays(20),
                lastDay.minusDays(10),
                false,
                null,
                List.of(
                    new SessionDetails(
                        SessionKind.CONTACT_DAY,
                        lastDay.atTime(9, 0),
                        lastDay.atTime(15, 0),
                        "Opettajien talo",
                        null)),
                Set.of()),
            team,
            lastDay.minusDays(50).atTime(9, 0));
    in.forEach(
        (person, school) ->
            replay.signUp(course, person, school, lastDay.minusDays(30).atTime(9, 0)));
    em.flush();
    return course.getId();
  }

  /** A team code takes capital letters only: each character of the text as one. */
  private static String letters(String text) {
    StringBuilder code = new StringBuilder();
    text.chars().forEach(c -> code.append((char) ('A' + Math.floorMod(c, 26))));
    return code.toString();
  }

  /** The person works in Swedish only: the portal writes to them in Swedish. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void speaksSwedish(Long personId) {
    em.createNativeQuery("UPDATE person SET languages = 'SV' WHERE id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }

  /**
   * The browser walk's course: of the central unit, open for sign-up today, its one contact day in
   * 20 days, with the places given all but the last to teachers of a new Helsinki school.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void walkCourse(String name, int capacity) {
    LocalDateTime now = clock.now();
    LocalDate today = now.toLocalDate();
    City helsinki =
        em.createQuery("SELECT c FROM City c WHERE c.code = 'HELSINKI'", City.class)
            .getSingleResult();
    String schoolName = "Kurssikoulu " + run + "-" + ++made;
    School school =
        new School(
            helsinki,
            schoolName,
            schoolName,
            SchoolType.COMPREHENSIVE,
            TeachingLanguage.FI,
            "Testitie 2");
    em.persist(school);
    LocalDateTime day = today.plusDays(20).atTime(9, 0);
    CourseReplay replay = new CourseReplay(em);
    Course course =
        replay.course(
            new CourseDetails(
                new LocalizedName(name, name, name),
                new LocalizedText("Kuvaus", "Beskrivning", "Description"),
                TeachingLanguage.FI,
                Set.of(),
                Set.of(),
                Level.BASIC,
                null,
                null,
                capacity,
                1,
                today.minusDays(1),
                today.plusDays(10),
                today.plusDays(12),
                false,
                null,
                List.of(
                    new SessionDetails(
                        SessionKind.CONTACT_DAY, day, day.plusHours(6), "Opettajien talo", null)),
                Set.of()),
            null,
            now.minusDays(2));
    SchoolYear year = clock.currentSchoolYear();
    for (int i = 1; i < capacity; i++) {
      Person teacher =
          new Person(
              helsinki, "Testi", "Kurssilainen" + i, "kurssi-" + run + "-" + i + "@t.example");
      em.persist(teacher);
      em.persist(new SchoolAssignment(teacher, school, SchoolRole.TEACHER, year));
      replay.signUp(course, teacher, school, now.minusDays(1).plusMinutes(i));
    }
    em.flush();
    walkCourse = course.getId();
  }

  /**
   * The texts of the letters queued to this address about a place given on the walk's course (a
   * move from the waitlist); the outbox delivers them, as OutboxIT shows.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<String> movedInLetters(String recipient) {
    return em.createNativeQuery(
            "SELECT body FROM outbox_letter WHERE about = ?1 AND recipient = ?2")
        .setParameter(1, "course " + walkCourse + " (MOVED_IN)")
        .setParameter(2, recipient)
        .getResultStream()
        .map(String::valueOf)
        .toList();
  }

  /** Takes the walk's course out with its sessions and sign-ups, as if it had never been. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void removeWalkCourse() {
    if (walkCourse != null) {
      remove(walkCourse);
      walkCourse = null;
    }
  }

  private void remove(Long courseId) {
    for (String table : List.of("course_sign_up", "course_session", "course_badge")) {
      em.createNativeQuery("DELETE FROM " + table + " WHERE course_id = ?1")
          .setParameter(1, courseId)
          .executeUpdate();
    }
    em.createNativeQuery("DELETE FROM course WHERE id = ?1")
        .setParameter(1, courseId)
        .executeUpdate();
  }
}
