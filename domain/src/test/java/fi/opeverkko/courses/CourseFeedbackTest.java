package fi.opeverkko.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CourseFeedbackTest {

  private static final LocalDateTime WRITTEN = LocalDateTime.of(2026, 9, 1, 9, 0);
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 20);

  private static Course course() {
    return new Course(
        new CourseDetails(
            new LocalizedName("Kurssi", "Kurs", "Course"),
            new LocalizedText("Kuvaus", "Beskrivning", "Description"),
            TeachingLanguage.FI,
            Set.of(),
            Set.of(),
            Level.BASIC,
            null,
            null,
            10,
            0,
            WRITTEN.toLocalDate(),
            WRITTEN.toLocalDate().plusDays(5),
            WRITTEN.toLocalDate().plusDays(6),
            false,
            null,
            List.of(
                new SessionDetails(
                    SessionKind.CONTACT_DAY,
                    LAST_DAY.atTime(9, 0),
                    LAST_DAY.atTime(15, 0),
                    "Talo",
                    null)),
            Set.of()),
        null,
        WRITTEN);
  }

  @Test
  @DisplayName("Feedback opens the day after the last day and closes 30 days after it")
  void openAfterTheLastDayForAMonth() {
    Course course = course();
    assertFalse(CourseFeedback.openOn(course, LAST_DAY));
    assertTrue(CourseFeedback.openOn(course, LAST_DAY.plusDays(1)));
    assertTrue(CourseFeedback.openOn(course, LAST_DAY.plusDays(30)));
    assertFalse(CourseFeedback.openOn(course, LAST_DAY.plusDays(31)));
  }

  @Test
  @DisplayName("An answer is 1–5 with an optional comment of at most 2000 characters")
  void answerRules() {
    CourseFeedback answer = new CourseFeedback(course(), null);
    LocalDateTime at = LAST_DAY.plusDays(1).atTime(12, 0);
    assertEquals(
        "courses.ratingOutOfRange",
        assertThrows(CourseRuleException.class, () -> answer.answer(0, null, at)).messageKey());
    assertEquals(
        "courses.ratingOutOfRange",
        assertThrows(CourseRuleException.class, () -> answer.answer(6, null, at)).messageKey());
    assertEquals(
        "courses.commentTooLong",
        assertThrows(CourseRuleException.class, () -> answer.answer(3, "x".repeat(2001), at))
            .messageKey());
    answer.answer(2, "  ", at);
    assertEquals(2, answer.getRating());
    assertNull(answer.getComment());
    answer.answer(4, " Hyvä. ", at.plusDays(1));
    assertEquals(4, answer.getRating());
    assertEquals("Hyvä.", answer.getComment());
  }
}
