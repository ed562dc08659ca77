package fi.opeverkko.courses;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A course's attendance list for its organisers: its sessions and its participants with a place,
 * where each stands toward completing it.
 *
 * @param finalAssignment whether completing asks for a final assignment
 */
@Published
public record AttendanceSheet(
    Long courseId,
    LocalizedName name,
    CourseState state,
    boolean finalAssignment,
    List<Session> sessions,
    List<Participant> participants)
    implements Serializable {

  /**
   * A session of the course.
   *
   * @param required whether a teacher must attend it to complete the course
   * @param held whether it has started, so attendance can be marked
   */
  @Published
  public record Session(
      LocalDateTime startsAt,
      LocalDateTime endsAt,
      SessionKind kind,
      String place,
      boolean required,
      boolean held)
      implements Serializable {}

  /**
   * A participant with a place.
   *
   * @param attended the starts of the sessions they were marked at
   * @param completedOn the day they completed the course; {@code null} while not
   */
  @Published
  public record Participant(
      Long signUpId,
      String name,
      String school,
      Set<LocalDateTime> attended,
      boolean assignmentReturned,
      LocalDate completedOn)
      implements Serializable {}
}
