package fi.opeverkko.it;

import fi.opeverkko.courses.Course;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Moves a course made for a test in time, as if it had been planned earlier: its sign-up window,
 * decision date and sessions all by the same days, so their order holds. The services refuse to put
 * a session into the past, which is what the tests of attendance and decisions need. The dates are
 * moved in Java, so the SQL runs on H2 and PostgreSQL alike.
 */
@ApplicationScoped
public class CourseLifeWorld {

  private static final String[] COURSE_DAYS = {
    "sign_up_opens", "sign_up_closes", "decision_date", "first_day", "last_day"
  };

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  /** Moves the course by the days, back in time when negative. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void shift(Long courseId, int days) {
    for (String column : COURSE_DAYS) {
      LocalDate day =
          asDate(
              em.createNativeQuery("SELECT " + column + " FROM course WHERE id = ?1")
                  .setParameter(1, courseId)
                  .getSingleResult());
      em.createNativeQuery("UPDATE course SET " + column + " = ?1 WHERE id = ?2")
          .setParameter(1, day.plusDays(days))
          .setParameter(2, courseId)
          .executeUpdate();
    }
    List<?> sessions =
        em.createNativeQuery(
                "SELECT id, starts_at, ends_at FROM course_session WHERE course_id = ?1")
            .setParameter(1, courseId)
            .getResultList();
    for (Object row : sessions) {
      Object[] cells = (Object[]) row;
      em.createNativeQuery("UPDATE course_session SET starts_at = ?1, ends_at = ?2 WHERE id = ?3")
          .setParameter(1, asTime(cells[1]).plusDays(days))
          .setParameter(2, asTime(cells[2]).plusDays(days))
          .setParameter(3, cells[0])
          .executeUpdate();
    }
    em.getEntityManagerFactory().getCache().evict(Course.class);
  }

  private static LocalDate asDate(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static LocalDateTime asTime(Object value) {
    return value instanceof Timestamp time ? time.toLocalDateTime() : (LocalDateTime) value;
  }
}
