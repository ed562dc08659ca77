package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CompetenceReplay;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.Course;
import fi.opeverkko.courses.CourseDetails;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.SessionDetails;
import fi.opeverkko.courses.SessionKind;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * What {@link CourseLifeBrowserIT}'s walk needs, laid out in the container through the replays
 * (which may write a course planned in the past): a course of the demo's learning environments team
 * held last month with the demo teacher on it, leading toward a badge of its own; and a Swedish
 * course under its minimum past its decision date with her on it. Afterwards, the walk's badge is
 * retired, the teacher's draft for it removed and the courses renamed, so the demo looks as before.
 */
@ApplicationScoped
public class CourseLifeWalkWorld {

  static final String HELD = "Kurssikävely: läsnäolo";
  static final String SWEDISH = "Kurssikävely: yhdistäminen";
  static final String BADGE = "Kurssikävelyn merkki";

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void layOut(String teacherLogin) {
    Person teacher = byLogin(teacherLogin);
    School school =
        em.createQuery(
                "SELECT a.school FROM SchoolAssignment a WHERE a.person = :teacher", School.class)
            .setParameter("teacher", teacher)
            .setMaxResults(1)
            .getSingleResult();
    ExpertTeam team =
        em.createQuery(
                "SELECT t FROM ExpertTeam t WHERE t.code = 'LEARNING_ENVIRONMENTS'",
                ExpertTeam.class)
            .getSingleResult();
    LocalDateTime now = LocalDateTime.now(Clock.NETWORK_ZONE);
    LocalDate today = now.toLocalDate();
    Long badge =
        new CompetenceReplay(em)
            .badge(
                new BadgeDetails(
                    Level.ADVANCED,
                    new LocalizedName("Kurssit", "Kurser", "Courses"),
                    new LocalizedName(BADGE, "Kursvandringens märke", "Course walk badge"),
                    new LocalizedText(
                        "Osallistuu kurssille.", "Deltar i en kurs.", "Takes a course."),
                    new LocalizedText(
                        "Suoritettu kurssi.", "En avlagd kurs.", "A completed course.")),
                "Aino Admin",
                now)
            .getId();
    CourseReplay replay = new CourseReplay(em);
    LocalDate planned = today.minusDays(60);
    Course held =
        replay.course(
            details(
                HELD,
                TeachingLanguage.FI,
                null,
                planned,
                today.minusDays(31),
                today.minusDays(30),
                Set.of(badge)),
            team,
            planned.atStartOfDay());
    replay.signUp(held, teacher, school, planned.plusDays(1).atTime(12, 0));
    LocalDate swedishPlanned = today.minusDays(20);
    Course swedish =
        replay.course(
            details(
                SWEDISH,
                TeachingLanguage.SV,
                "HELSINKI",
                swedishPlanned,
                today.minusDays(1),
                today.plusDays(14),
                Set.of()),
            team,
            swedishPlanned.atStartOfDay());
    replay.signUp(swedish, teacher, school, swedishPlanned.plusDays(1).atTime(12, 0));
  }

  /**
   * A course planned on the day with a contact day and a webinar a week apart from the first day:
   * sign-up for a week, then the decision.
   */
  private static CourseDetails details(
      String name,
      TeachingLanguage language,
      String cityCode,
      LocalDate planned,
      LocalDate decision,
      LocalDate firstDay,
      Set<Long> badgeIds) {
    LocalDateTime contact = firstDay.atTime(9, 0);
    LocalDateTime webinar = firstDay.plusDays(7).atTime(15, 0);
    return new CourseDetails(
        new LocalizedName(name, name, name),
        new LocalizedText("Kuvaus", "Beskrivning", "Description"),
        language,
        Set.of(SchoolType.COMPREHENSIVE),
        Set.of(),
        Level.ADVANCED,
        null,
        cityCode,
        10,
        5,
        planned,
        planned.plusDays(7),
        decision,
        false,
        null,
        List.of(
            new SessionDetails(
                SessionKind.CONTACT_DAY, contact, contact.plusHours(6), "Talo", null),
            new SessionDetails(
                SessionKind.WEBINAR, webinar, webinar.plusHours(2), null, "https://meet.example/")),
        badgeIds);
  }

  /** The letters about pooling the Swedish course queued to the teacher: one. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void poolingTold(String teacherLogin) {
    Long course = courseNamed(SWEDISH);
    long told =
        em
            .createNativeQuery(
                "SELECT COUNT(*) FROM outbox_letter WHERE about = ?1 AND recipient = ?2")
            .setParameter(1, "course " + course + " (POOLED)")
            .setParameter(2, byLogin(teacherLogin).getEmail())
            .getResultList()
            .stream()
            .mapToLong(n -> ((Number) n).longValue())
            .sum();
    assertEquals(1, told);
  }

  /** Retires the walk's badge, removes the teacher's draft for it, renames the walk's courses. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void cleanUp() {
    em.createNativeQuery(
            "DELETE FROM badge_application WHERE status = 'DRAFT' AND badge_id IN"
                + " (SELECT id FROM badge WHERE name_fi = ?1)")
        .setParameter(1, BADGE)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE badge SET retired = TRUE, retired_at = CURRENT_TIMESTAMP, name_fi = ?1"
                + " WHERE name_fi = ?2")
        .setParameter(1, BADGE + " (kävelty)")
        .setParameter(2, BADGE)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE course SET name_fi = CONCAT(name_fi, ' (kävelty)') WHERE name_fi IN (?1, ?2)")
        .setParameter(1, HELD)
        .setParameter(2, SWEDISH)
        .executeUpdate();
    em.getEntityManagerFactory().getCache().evictAll();
  }

  private Long courseNamed(String name) {
    return em.createQuery("SELECT c.id FROM Course c WHERE c.name.fi = :name", Long.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  private Person byLogin(String login) {
    return em.createQuery("SELECT p FROM Person p WHERE p.loginName = :login", Person.class)
        .setParameter("login", login)
        .getSingleResult();
  }
}
