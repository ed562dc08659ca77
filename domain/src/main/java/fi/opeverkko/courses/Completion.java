package fi.opeverkko.courses;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Where a participant stands toward completing their course: the sessions they were marked at, and
 * the day they completed it, when they have. A teacher with a place completes a course that was not
 * cancelled by attending every required session and, where asked, returning the final assignment;
 * the day is the later of the last required session and the return.
 *
 * @param attended the starts of the sessions the participant was at
 * @param completedOn the day of completion; {@code null} while not completed
 */
record Completion(Set<LocalDateTime> attended, LocalDate completedOn) {

  /** The completions of the sign-ups by their ids, their attendance read in one query. */
  static Map<Long, Completion> of(EntityManager em, List<SignUp> signUps) {
    Map<Long, Set<LocalDateTime>> attended = new HashMap<>();
    if (!signUps.isEmpty()) {
      em.createQuery(
              "SELECT a.signUp.id, a.startsAt FROM Attendance a WHERE a.signUp IN :signUps",
              Object[].class)
          .setParameter("signUps", signUps)
          .getResultStream()
          .forEach(
              row ->
                  attended
                      .computeIfAbsent((Long) row[0], id -> new HashSet<>())
                      .add((LocalDateTime) row[1]));
    }
    Map<Long, Completion> completions = new HashMap<>();
    for (SignUp signUp : signUps) {
      Set<LocalDateTime> marks = attended.getOrDefault(signUp.getId(), Set.of());
      completions.put(signUp.getId(), new Completion(marks, completedOn(signUp, marks)));
    }
    return completions;
  }

  static LocalDate completedOn(SignUp signUp, Set<LocalDateTime> attended) {
    Course course = signUp.getCourse();
    if (signUp.getStatus() != SignUpStatus.IN || course.getState() == CourseState.CANCELLED) {
      return null;
    }
    List<CourseSession> required = course.requiredSessions();
    if (!required.stream().allMatch(session -> attended.contains(session.getStartsAt()))) {
      return null;
    }
    LocalDateTime returned = signUp.getAssignmentReturnedAt();
    if (course.isFinalAssignment() && returned == null) {
      return null;
    }
    Stream<LocalDateTime> ends = required.stream().map(CourseSession::getEndsAt);
    if (course.isFinalAssignment()) {
      ends = Stream.concat(ends, Stream.of(returned));
    }
    return ends.max(Comparator.naturalOrder()).map(LocalDateTime::toLocalDate).orElse(null);
  }
}
