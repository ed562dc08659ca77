package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpertWeekTest {

  /** A Monday. */
  private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 16, 0, 0);

  private static TimeSlot slot(int day, int fromHour, int fromMinute, int toHour, int toMinute) {
    return new TimeSlot(
        MONDAY.plusDays(day).withHour(fromHour).withMinute(fromMinute),
        MONDAY.plusDays(day).withHour(toHour).withMinute(toMinute));
  }

  private static ExpertWeek week(String reservedHours, TimeSlot... booked) {
    return new ExpertWeek(List.of(booked), new BigDecimal(reservedHours));
  }

  private static String refusal(ExpertWeek week, TimeSlot visit) {
    return assertThrows(VisitRuleException.class, () -> week.requireRoomFor(visit, "Tommi"))
        .messageKey();
  }

  @Test
  @DisplayName("A visit may start when another ends, or end when another starts")
  void touchingVisitsDoNotOverlap() {
    ExpertWeek week = week("10", slot(1, 9, 0, 10, 0));
    week.requireRoomFor(slot(1, 10, 0, 11, 30), "Tommi");
    week.requireRoomFor(slot(1, 8, 0, 9, 0), "Tommi");
  }

  @Test
  @DisplayName("A visit taking a minute of a booked one is refused, whichever side, or inside it")
  void overlapsRefused() {
    ExpertWeek week = week("10", slot(1, 9, 0, 10, 0));
    assertEquals("visit.expertBooked", refusal(week, slot(1, 9, 59, 11, 0)));
    assertEquals("visit.expertBooked", refusal(week, slot(1, 8, 0, 9, 1)));
    assertEquals("visit.expertBooked", refusal(week, slot(1, 9, 15, 9, 45)));
    assertEquals("visit.expertBooked", refusal(week, slot(1, 8, 0, 11, 0)));
  }

  @Test
  @DisplayName("The week's hours may reach the reserved hours exactly, not pass them by a minute")
  void weeklyHours() {
    ExpertWeek week = week("3.5", slot(0, 9, 0, 10, 45), slot(2, 12, 0, 13, 0));
    week.requireRoomFor(slot(4, 9, 0, 9, 45), "Tommi");
    VisitRuleException over =
        assertThrows(
            VisitRuleException.class, () -> week.requireRoomFor(slot(4, 9, 0, 9, 46), "Tommi"));
    assertEquals("visit.overHours", over.messageKey());
    assertEquals(List.of("Tommi", new BigDecimal("3.5")), over.arguments());
  }

  @Test
  @DisplayName("An empty week takes a visit as long as the reserved hours, not longer")
  void emptyWeek() {
    week("2").requireRoomFor(slot(0, 8, 0, 10, 0), "Tommi");
    assertEquals("visit.overHours", refusal(week("2"), slot(0, 8, 0, 10, 1)));
  }

  @Test
  @DisplayName("A visit that overlaps is refused as booked even when it would also pass the hours")
  void overlapNamedFirst() {
    assertEquals(
        "visit.expertBooked", refusal(week("1", slot(0, 9, 0, 10, 0)), slot(0, 9, 30, 11, 0)));
  }

  @Test
  @DisplayName("A slot's hours are counted to the minute")
  void hours() {
    assertEquals(1.75, slot(0, 9, 0, 10, 45).hours());
  }
}
