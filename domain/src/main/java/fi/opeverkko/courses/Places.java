package fi.opeverkko.courses;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * The places of one course and its waitlist, counted in the database. Used only while the course is
 * locked ({@link Course#locked}), so what it counts cannot change under it.
 */
final class Places {

  private final EntityManager em;
  private final Course course;

  Places(EntityManager em, Course course) {
    this.em = em;
    this.course = course;
  }

  /** The places given. */
  long given() {
    return em.createQuery(
            "SELECT COUNT(s) FROM SignUp s WHERE s.course = :course AND s.status = :in", Long.class)
        .setParameter("course", course)
        .setParameter("in", SignUpStatus.IN)
        .getSingleResult();
  }

  /** The number of whoever queues next: after everybody who ever queued. */
  int nextArrival() {
    Integer last =
        em.createQuery(
                "SELECT MAX(s.arrival) FROM SignUp s WHERE s.course = :course", Integer.class)
            .setParameter("course", course)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }

  /** Where a sign-up joining the queue now lands: in while places are left, waiting after. */
  SignUpStatus queued() {
    return given() < course.getCapacity() ? SignUpStatus.IN : SignUpStatus.WAITING;
  }

  /** The sign-ups that hold, wait for or ask for a place, with their teachers: whom to tell. */
  List<SignUp> participants() {
    return em.createQuery(
            "SELECT s FROM SignUp s JOIN FETCH s.teacher WHERE s.course = :course"
                + " AND s.status IN :active ORDER BY s.arrival",
            SignUp.class)
        .setParameter("course", course)
        .setParameter("active", SignUpStatus.ACTIVE)
        .getResultList();
  }

  /** Moves the first waiting into the free places, in arrival order; the ones moved. */
  List<SignUp> fillFree() {
    long free = course.getCapacity() - given();
    if (free <= 0) {
      return List.of();
    }
    List<SignUp> moved =
        new ArrayList<>(
            em.createQuery(
                    "SELECT s FROM SignUp s JOIN FETCH s.teacher WHERE s.course = :course"
                        + " AND s.status = :waiting ORDER BY s.arrival",
                    SignUp.class)
                .setParameter("course", course)
                .setParameter("waiting", SignUpStatus.WAITING)
                .setMaxResults((int) free)
                .getResultList());
    moved.forEach(SignUp::moveIn);
    return moved;
  }
}
