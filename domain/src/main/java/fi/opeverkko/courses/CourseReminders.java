package fi.opeverkko.courses;

import fi.opeverkko.platform.Clock;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reminds each participant of a course that starts within two days, once per sign-up: the letter is
 * queued in the same transaction that marks the sign-up reminded, so a round run twice, or on two
 * nodes at once (the sign-up's version refuses the second), sends nothing twice.
 */
@Stateless
public class CourseReminders {

  /** How many days before its first day a course is reminded of. */
  static final int DAYS_BEFORE = 2;

  @PersistenceContext private EntityManager em;
  @Inject private CourseLetters letters;
  @Inject private Clock clock;

  /**
   * Queues the reminders due now.
   *
   * @return how many were queued
   */
  public int sendDue() {
    LocalDate today = clock.today();
    List<SignUp> due =
        em.createQuery(
                "SELECT s FROM SignUp s JOIN FETCH s.course c JOIN FETCH s.teacher"
                    + " WHERE s.status = :in AND s.remindedAt IS NULL AND c.state <> :cancelled"
                    + " AND c.firstDay >= :today AND c.firstDay <= :until ORDER BY c.id",
                SignUp.class)
            .setParameter("in", SignUpStatus.IN)
            .setParameter("cancelled", CourseState.CANCELLED)
            .setParameter("today", today)
            .setParameter("until", today.plusDays(DAYS_BEFORE))
            .getResultList();
    Map<Course, List<SignUp>> byCourse =
        due.stream()
            .collect(
                Collectors.groupingBy(SignUp::getCourse, LinkedHashMap::new, Collectors.toList()));
    byCourse.forEach(
        (course, signUps) -> {
          signUps.forEach(signUp -> signUp.reminded(clock.now()));
          letters.send(
              CourseLetters.Kind.REMINDER,
              course,
              signUps.stream().map(SignUp::getTeacher).toList());
        });
    return due.size();
  }
}
