package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.City;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.LocalizedName;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisitRequestTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0);

  /** An accepted request, ready to be scheduled. */
  private static VisitRequest accepted() {
    VisitDetails details = new VisitDetails();
    details.setParticipants(20);
    details.setPreferredFrom(NOW.toLocalDate().plusWeeks(2));
    details.setPreferredUntil(NOW.toLocalDate().plusWeeks(6));
    details.setGoal("Piha oppimisympäristönä.");
    School kallio =
        new School(
            new City("HELSINKI", new LocalizedName("Helsinki", "Helsingfors", "Helsinki")),
            "Kallion koulu",
            "Berghälls skola",
            SchoolType.COMPREHENSIVE,
            TeachingLanguage.FI,
            "Kalliontie 1");
    VisitRequest request = new VisitRequest(kallio, null, null, null, details, NOW.minusDays(5));
    request.apply(VisitAction.SUBMIT, "Paula", null, NOW.minusDays(5));
    request.apply(VisitAction.ACCEPT, "Tommi", null, NOW.minusDays(4));
    return request;
  }

  private static VisitSchedule at(LocalDateTime start) {
    return new VisitSchedule(start, start.plusMinutes(90), "Aula", List.of(1L));
  }

  @Test
  @DisplayName("A visit is not marked delivered before its time is over")
  void notDeliveredBeforeItsTime() {
    VisitRequest visit = accepted();
    LocalDateTime start = NOW.plusDays(1).withHour(9);
    visit.schedule(VisitAction.SCHEDULE, at(start), "Tommi", null, NOW);

    assertFalse(visit.held(NOW));
    VisitRuleException early =
        assertThrows(
            VisitRuleException.class, () -> visit.apply(VisitAction.DELIVER, "Tommi", null, NOW));
    assertEquals("visit.notYetHeld", early.messageKey());
    assertEquals(VisitStatus.SCHEDULED, visit.getStatus());

    LocalDateTime after = start.plusMinutes(91);
    assertTrue(visit.held(after));
    visit.apply(VisitAction.DELIVER, "Tommi", null, after);
    assertEquals(VisitStatus.DELIVERED, visit.getStatus());
  }

  @Test
  @DisplayName("Rescheduling keeps the old and the new time in the history; never into the past")
  void reschedulingKeepsBothTimes() {
    VisitRequest visit = accepted();
    LocalDateTime first = NOW.plusDays(7).withHour(9);
    VisitEvent scheduled = visit.schedule(VisitAction.SCHEDULE, at(first), "Tommi", null, NOW);
    assertNull(scheduled.getPreviousStartsAt());
    assertEquals(first, scheduled.getStartsAt());

    VisitRuleException past =
        assertThrows(
            VisitRuleException.class,
            () ->
                visit.schedule(
                    VisitAction.RESCHEDULE, at(NOW.minusDays(1)), "Tommi", "Sairaus", NOW));
    assertEquals("visit.movedIntoPast", past.messageKey());
    assertEquals(first, visit.getStartsAt(), "a refused move changes nothing");

    LocalDateTime later = first.plusDays(7).withHour(12);
    VisitEvent moved = visit.schedule(VisitAction.RESCHEDULE, at(later), "Tommi", "Sairaus", NOW);
    assertEquals(first, moved.getPreviousStartsAt());
    assertEquals(first.plusMinutes(90), moved.getPreviousEndsAt());
    assertEquals(later, moved.getStartsAt());
    assertEquals(later.plusMinutes(90), moved.getEndsAt());
    assertEquals("Sairaus", moved.getReason());
  }

  @Test
  @DisplayName("A visit is not scheduled for a day or an hour already past; nothing changes")
  void notScheduledInThePast() {
    VisitRequest visit = accepted();
    for (LocalDateTime past : List.of(NOW.minusDays(1).withHour(9), NOW.minusHours(1))) {
      VisitRuleException refused =
          assertThrows(
              VisitRuleException.class,
              () -> visit.schedule(VisitAction.SCHEDULE, at(past), "Tommi", null, NOW));
      assertEquals("visit.scheduledInPast", refused.messageKey(), past.toString());
    }
    assertEquals(VisitStatus.ACCEPTED, visit.getStatus(), "nothing changed");
    assertNull(visit.getStartsAt());

    visit.schedule(VisitAction.SCHEDULE, at(NOW.plusHours(1)), "Tommi", null, NOW);
    assertEquals(VisitStatus.SCHEDULED, visit.getStatus(), "later the same day is fine");
  }

  @Test
  @DisplayName("A mistyped year, a place or a reason longer than its column is refused, never cut")
  void outOfBoundsRefused() {
    VisitRequest visit = accepted();
    LocalDateTime mistyped = LocalDateTime.of(2206, 1, 13, 9, 0);
    assertEquals(
        "visit.dateOutsideWindow",
        assertThrows(
                VisitRuleException.class,
                () -> visit.schedule(VisitAction.SCHEDULE, at(mistyped), "Tommi", null, NOW))
            .messageKey());
    LocalDateTime start = NOW.plusDays(7).withHour(9);
    VisitSchedule longPlace =
        new VisitSchedule(start, start.plusHours(1), "x".repeat(301), List.of(1L));
    assertEquals(
        "visit.placeTooLong",
        assertThrows(
                VisitRuleException.class,
                () -> visit.schedule(VisitAction.SCHEDULE, longPlace, "Tommi", null, NOW))
            .messageKey());
    assertEquals(
        "visit.reasonTooLong",
        assertThrows(
                VisitRuleException.class,
                () -> visit.apply(VisitAction.CANCEL, "Tommi", "x".repeat(1001), NOW))
            .messageKey());
    assertEquals(VisitStatus.ACCEPTED, visit.getStatus(), "nothing changed");
    assertNull(visit.getStartsAt());
  }

  @Test
  @DisplayName("Feedback takes its place in the history among the steps")
  void feedbackInTheHistory() {
    VisitRequest visit = accepted();
    VisitEvent submitted =
        new VisitEvent(
            visit,
            NOW.minusDays(3),
            "Paula",
            VisitAction.SUBMIT,
            VisitStatus.DRAFT,
            VisitStatus.SUBMITTED,
            null);
    VisitEvent closed =
        new VisitEvent(
            visit,
            NOW,
            "Tommi",
            VisitAction.CLOSE,
            VisitStatus.DELIVERED,
            VisitStatus.CLOSED,
            null);
    VisitFeedback feedback = new VisitFeedback(visit, 4, "Hyvä", "Paula", NOW.minusDays(1));

    List<HistoryLine> lines = HistoryLine.of(List.of(submitted, closed), List.of(feedback));

    assertEquals(List.of("Paula", "Paula", "Tommi"), lines.stream().map(HistoryLine::who).toList());
    assertEquals(feedback, lines.get(1).feedback());
    assertNull(lines.get(1).step());
  }
}
