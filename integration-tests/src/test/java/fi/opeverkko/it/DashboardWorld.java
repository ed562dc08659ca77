package fi.opeverkko.it;

import fi.opeverkko.competence.Badge;
import fi.opeverkko.competence.BadgeApplication;
import fi.opeverkko.competence.BadgeDetails;
import fi.opeverkko.competence.CompetenceReplay;
import fi.opeverkko.competence.EvidenceDetails;
import fi.opeverkko.competence.Level;
import fi.opeverkko.courses.CourseReplay;
import fi.opeverkko.courses.SignUp;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A teacher of the dashboard test's own school earns a badge of their own and has level 1
 * confirmed; the badge is retired at once, so that the demo teachers' levels stay as they were. A
 * participant of a course is marked at every session of it, so that they complete it.
 */
@ApplicationScoped
public class DashboardWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void grantAndConfirm(Long teacherId, Long reviewerId) {
    Person teacher = em.find(Person.class, teacherId);
    Person reviewer = em.find(Person.class, reviewerId);
    LocalDateTime now = LocalDateTime.now(Clock.NETWORK_ZONE);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    CompetenceReplay replay = new CompetenceReplay(em);
    Badge badge =
        replay.badge(
            new BadgeDetails(
                Level.BASIC,
                new LocalizedName("Mittaristo", "Indikatorer", "Dashboard"),
                new LocalizedName("Mittari " + tag, "Mätare " + tag, "Dashboard " + tag),
                new LocalizedText("Kriteeri.", "Kriterium.", "Criterion."),
                new LocalizedText("Näyttö.", "Bevis.", "Evidence.")),
            "IT",
            now);
    BadgeApplication application =
        replay.send(badge, teacher, new EvidenceDetails("Tehty.", List.of()), reviewer, now);
    replay.grant(application, now);
    replay.confirm(teacher, Level.BASIC, "IT", now);
    em.createNativeQuery(
            "UPDATE badge SET retired = TRUE, retired_at = CURRENT_TIMESTAMP WHERE id = ?")
        .setParameter(1, badge.getId())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void attendEverySession(Long courseId, Long teacherId) {
    SignUp signUp =
        em.createQuery(
                "SELECT s FROM SignUp s WHERE s.course.id = :course AND s.teacher.id = :teacher",
                SignUp.class)
            .setParameter("course", courseId)
            .setParameter("teacher", teacherId)
            .getSingleResult();
    CourseReplay replay = new CourseReplay(em);
    LocalDateTime now = LocalDateTime.now(Clock.NETWORK_ZONE);
    em.createQuery(
            "SELECT s.startsAt FROM CourseSession s WHERE s.course.id = :course",
            LocalDateTime.class)
        .setParameter("course", courseId)
        .getResultList()
        .forEach(start -> replay.attended(signUp, start, "IT", now));
  }
}
