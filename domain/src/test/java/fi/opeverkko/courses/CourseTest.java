package fi.opeverkko.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourseTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 9, 0);

  private static SessionDetails session(SessionKind kind, LocalDateTime startsAt) {
    return new SessionDetails(kind, startsAt, startsAt.plusHours(2), "Talo", "https://x.example");
  }

  private static CourseDetails details(int capacity, List<SessionDetails> sessions) {
    return new CourseDetails(
        new LocalizedName("Kurssi", "Kurs", "Course"),
        new LocalizedText(" Kuvaus ", "Beskrivning", "Description"),
        TeachingLanguage.FI,
        Set.of(),
        Set.of(),
        Level.BASIC,
        null,
        null,
        capacity,
        0,
        NOW.toLocalDate(),
        NOW.toLocalDate().plusDays(5),
        NOW.toLocalDate().plusDays(6),
        false,
        null,
        sessions,
        Set.of());
  }

  private static String refusal(Runnable change) {
    return assertThrows(CourseRuleException.class, change::run).messageKey();
  }

  @Test
  @DisplayName("Sessions are kept in order; the course knows its span and formats")
  void spanAndFormats() {
    Course course =
        new Course(
            details(
                10,
                List.of(
                    session(SessionKind.WEBINAR, NOW.plusDays(20)),
                    session(SessionKind.CONTACT_DAY, NOW.plusDays(10)))),
            null,
            NOW);
    assertEquals(NOW.toLocalDate().plusDays(10), course.getFirstDay());
    assertEquals(NOW.toLocalDate().plusDays(20), course.getLastDay());
    assertEquals(Set.of(SessionKind.CONTACT_DAY, SessionKind.WEBINAR), course.getFormats());
    assertEquals(SessionKind.CONTACT_DAY, course.getSessions().get(0).getKind());
    assertEquals("Kuvaus", course.getDescription().fi());
    assertEquals(null, course.getSessions().get(0).getLink(), "a contact day keeps no link");
  }

  @Test
  @DisplayName(
      "A session already held may stay when the course is edited; none is added before now")
  void heldSessionsStay() {
    SessionDetails first = session(SessionKind.CONTACT_DAY, NOW.plusDays(10));
    SessionDetails second = session(SessionKind.WEBINAR, NOW.plusDays(20));
    Course course = new Course(details(10, List.of(first, second)), null, NOW);
    LocalDateTime later = NOW.plusDays(15);
    CourseDetails sameSessions = details(12, List.of(first, second));
    // The sign-up dates of the details are in the past by then; the course keeps its own.
    course.revise(sameSessions, null, 3, later);
    assertEquals(12, course.getCapacity());

    CourseDetails moved =
        details(12, List.of(session(SessionKind.CONTACT_DAY, NOW.plusDays(11)), second));
    assertEquals("courses.sessionInPast", refusal(() -> course.revise(moved, null, 3, later)));
    assertEquals(NOW.toLocalDate().plusDays(10), course.getFirstDay(), "nothing changed");
  }

  @Test
  @DisplayName(
      "Capacity below the places given, or under the minimum, is refused and changes nothing")
  void placesRules() {
    Course course =
        new Course(details(10, List.of(session(SessionKind.ONLINE, NOW.plusDays(10)))), null, NOW);
    assertEquals(
        "courses.capacityBelowGiven",
        refusal(
            () ->
                course.revise(
                    details(4, List.of(session(SessionKind.ONLINE, NOW.plusDays(10)))),
                    null,
                    5,
                    NOW)));
    assertEquals(10, course.getCapacity());
  }
}
