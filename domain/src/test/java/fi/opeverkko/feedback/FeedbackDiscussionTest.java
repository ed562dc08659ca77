package fi.opeverkko.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.platform.LocalizedName;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FeedbackDiscussionTest {

  private static final LocalDateTime OPENED = LocalDateTime.of(2026, 3, 2, 10, 0);

  private static FeedbackSubject subject(SubjectKind kind, int ratingSum, int answers) {
    FeedbackSubject subject = new FeedbackSubject(kind, 1L);
    subject.update(
        new FeedbackResult(
            kind,
            1L,
            new LocalizedName("a", "b", "c"),
            null,
            Set.of(),
            LocalDate.of(2025, 11, 20),
            ratingSum,
            answers));
    return subject;
  }

  @Test
  @DisplayName("A visit calls for a discussion from one answer under 3.5, a course from three")
  void callsForDiscussion() {
    assertTrue(subject(SubjectKind.VISIT, 3, 1).callsForDiscussion());
    assertFalse(subject(SubjectKind.VISIT, 4, 1).callsForDiscussion());
    assertFalse(subject(SubjectKind.COURSE, 5, 2).callsForDiscussion(), "two answers of a course");
    assertTrue(subject(SubjectKind.COURSE, 10, 3).callsForDiscussion(), "3.33");
    assertFalse(subject(SubjectKind.COURSE, 14, 4).callsForDiscussion(), "3.5 is not under 3.5");
  }

  @Test
  @DisplayName("Terms: autumn from August, spring from January")
  void terms() {
    assertEquals(LocalDate.of(2025, 8, 1), FeedbackSubject.termStart(LocalDate.of(2025, 11, 20)));
    assertEquals(LocalDate.of(2025, 8, 1), FeedbackSubject.termStart(LocalDate.of(2025, 8, 1)));
    assertEquals(LocalDate.of(2026, 1, 1), FeedbackSubject.termStart(LocalDate.of(2026, 7, 31)));
  }

  @Test
  @DisplayName(
      "Due in 30 days; recorded with a day between opening and today and an agreement; closed only"
          + " when recorded, once")
  void recordAndClose() {
    FeedbackDiscussion discussion =
        new FeedbackDiscussion(subject(SubjectKind.VISIT, 2, 1), OPENED);
    LocalDate today = OPENED.toLocalDate().plusDays(40);
    assertEquals(OPENED.toLocalDate().plusDays(30), discussion.getDueOn());
    assertTrue(discussion.overdue(today));
    refused("feedback.notHeldYet", () -> discussion.close("Leader", OPENED.plusDays(1)));
    refused("feedback.heldRequired", () -> discussion.record(null, "x", "Leader", today));
    refused(
        "feedback.heldOutOfRange",
        () -> discussion.record(OPENED.toLocalDate().minusDays(1), "x", "Leader", today));
    refused(
        "feedback.heldOutOfRange",
        () -> discussion.record(today.plusDays(1), "x", "Leader", today));
    refused("feedback.agreedRequired", () -> discussion.record(today, "  ", "Leader", today));

    discussion.record(today, " Lyhyemmät päivät. ", "Leader", today);
    assertEquals("Lyhyemmät päivät.", discussion.getAgreed());
    discussion.close("Leader", today.atTime(12, 0));
    assertFalse(discussion.isOpen());
    assertFalse(discussion.overdue(today), "a closed discussion is never overdue");
    refused("feedback.alreadyClosed", () -> discussion.record(today, "y", "Leader", today));
    refused("feedback.alreadyClosed", () -> discussion.close("Leader", today.atTime(13, 0)));
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(FeedbackRuleException.class, action).messageKey());
  }
}
