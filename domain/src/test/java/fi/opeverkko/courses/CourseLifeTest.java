package fi.opeverkko.courses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** A course's decision at its minimum, its cancellation and what completing it asks. */
class CourseLifeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 9, 0);
  private static final LocalDate DECISION = NOW.toLocalDate().plusDays(6);

  private static Course course(TeachingLanguage language) {
    LocalDateTime first = NOW.plusDays(10);
    return new Course(
        new CourseDetails(
            new LocalizedName("Kurssi", "Kurs", "Course"),
            new LocalizedText("Kuvaus", "Beskrivning", "Description"),
            language,
            Set.of(),
            Set.of(),
            Level.BASIC,
            null,
            "HELSINKI",
            20,
            8,
            NOW.toLocalDate(),
            NOW.toLocalDate().plusDays(5),
            DECISION,
            false,
            null,
            List.of(
                new SessionDetails(
                    SessionKind.CONTACT_DAY, first, first.plusHours(6), "Talo", null),
                new SessionDetails(
                    SessionKind.WEBINAR,
                    first.plusDays(7),
                    first.plusDays(7).plusHours(2),
                    null,
                    "https://x.example")),
            Set.of()),
        null,
        NOW);
  }

  private static String refusal(Runnable change) {
    return assertThrows(CourseRuleException.class, change::run).messageKey();
  }

  @Test
  @DisplayName("A decision is needed from the decision date until the course starts, under minimum")
  void decisionNeeded() {
    Course course = course(TeachingLanguage.SV);
    assertFalse(course.decisionNeeded(3, DECISION.minusDays(1)), "before the decision date");
    assertTrue(course.decisionNeeded(3, DECISION));
    assertFalse(course.decisionNeeded(8, DECISION), "the minimum reached");
    assertFalse(course.decisionNeeded(3, course.getFirstDay()), "the course started");
  }

  @Test
  @DisplayName("Only a Swedish course waiting for the decision is pooled, and only once")
  void pooling() {
    assertEquals(
        "courses.poolOnlySwedish", refusal(() -> course(TeachingLanguage.FI).pool(3, DECISION)));
    Course course = course(TeachingLanguage.SV);
    assertEquals("courses.noDecisionNeeded", refusal(() -> course.pool(3, DECISION.minusDays(1))));
    course.pool(3, DECISION);
    assertEquals(CourseState.POOLED, course.getState());
    assertEquals("courses.noDecisionNeeded", refusal(() -> course.pool(3, DECISION)));
  }

  @Test
  @DisplayName("A cancellation needs a reason and a course that has not started")
  void cancelling() {
    Course course = course(TeachingLanguage.SV);
    assertEquals("courses.cancelReasonMissing", refusal(() -> course.cancel("  ", DECISION)));
    assertEquals(
        "courses.notCancellable",
        refusal(() -> course.cancel("Liian vähän", course.getFirstDay())));
    assertEquals(CourseState.OPEN, course.getState(), "nothing changed by a refusal");
    course.cancel(" Liian vähän osallistujia ", DECISION);
    assertEquals(CourseState.CANCELLED, course.getState());
    assertEquals("Liian vähän osallistujia", course.getCancelReason());
    assertEquals("courses.notCancellable", refusal(() -> course.cancel("Taas", DECISION)));
  }

  @Test
  @DisplayName("Completing asks every session but the optional ones; something is always asked")
  void completionRules() {
    Course course = course(TeachingLanguage.FI);
    assertEquals(2, course.requiredSessions().size(), "every session by default");
    LocalDateTime webinar = course.getSessions().get(1).getStartsAt();
    course.requireForCompletion(Set.of(webinar), true);
    assertEquals(1, course.requiredSessions().size());
    assertTrue(course.isFinalAssignment());
    LocalDateTime first = course.getSessions().get(0).getStartsAt();
    assertEquals(
        "courses.nothingRequired",
        refusal(() -> course.requireForCompletion(Set.of(first, webinar), false)));
    assertEquals(
        "courses.noSuchSession",
        refusal(() -> course.requireForCompletion(Set.of(NOW.plusYears(1)), false)));
    assertEquals(1, course.requiredSessions().size(), "nothing changed by a refusal");
  }

  @Test
  @DisplayName(
      "A participant completes on the later of the last required session and the returned"
          + " assignment; a missed required session or a missing assignment keeps it open")
  void completion() {
    Course course = course(TeachingLanguage.FI);
    LocalDateTime first = course.getSessions().get(0).getStartsAt();
    LocalDateTime webinar = course.getSessions().get(1).getStartsAt();
    course.requireForCompletion(Set.of(webinar), true);
    SignUp signUp = new SignUp(course, null, null);
    signUp.enter(null, SignUpStatus.IN, 1, NOW);
    assertEquals(null, Completion.completedOn(signUp, Set.of(first)), "no assignment yet");
    LocalDateTime returned = first.plusDays(30);
    signUp.markAssignment(true, returned);
    assertEquals(null, Completion.completedOn(signUp, Set.of(webinar)), "the contact day missed");
    assertEquals(returned.toLocalDate(), Completion.completedOn(signUp, Set.of(first)));
    course.cancel("Peruttu", NOW.toLocalDate());
    assertEquals(null, Completion.completedOn(signUp, Set.of(first)), "a cancelled course");
  }
}
