package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The course sessions of a person's places, for their calendar feed. It asks for no signed-in user:
 * the feed's secret address is the key, which the calendar feed (visits' tokens) checks before it
 * asks here for the address's owner.
 */
@Published
@Stateless
public class CourseCalendar {

  @PersistenceContext private EntityManager em;

  /** The sessions of the person's places overlapping the period, in order, in one query. */
  public List<CalendarSession> sessionsOf(
      @NotNull Long personId, @NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    return em.createQuery(
            "SELECT s, x FROM SignUp s JOIN s.course c JOIN c.sessions x"
                + " WHERE s.teacher.id = :person AND s.status = :in"
                + " AND x.startsAt < :until AND x.endsAt > :from ORDER BY x.startsAt",
            Object[].class)
        .setParameter("person", personId)
        .setParameter("in", SignUpStatus.IN)
        .setParameter("from", from)
        .setParameter("until", until)
        .getResultStream()
        .map(
            row -> {
              SignUp signUp = (SignUp) row[0];
              CourseSession session = (CourseSession) row[1];
              Course course = signUp.getCourse();
              return new CalendarSession(
                  course.getId(),
                  course.getName(),
                  session.getKind(),
                  session.getStartsAt(),
                  session.getEndsAt(),
                  session.getPlace() != null ? session.getPlace() : session.getLink(),
                  course.getState() == CourseState.CANCELLED,
                  signUp.getSignedUpAt());
            })
        .toList();
  }
}
