package fi.opeverkko.visits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VisitScheduleTest {

  private static final LocalDateTime NINE = LocalDateTime.of(2026, 3, 16, 9, 0);

  private static String refusal(VisitSchedule schedule) {
    return assertThrows(VisitRuleException.class, schedule::requireBookable).messageKey();
  }

  @Test
  @DisplayName("A schedule books a time that ends after it starts, on one day, for some experts")
  void bookable() {
    new VisitSchedule(NINE, NINE.plusMinutes(1), "Aula", List.of(1L)).requireBookable();
    new VisitSchedule(NINE, NINE.withHour(23).withMinute(59), null, List.of(1L)).requireBookable();
    assertEquals("visit.badTime", refusal(new VisitSchedule(NINE, NINE, "Aula", List.of(1L))));
    assertEquals("visit.badTime", refusal(new VisitSchedule(null, NINE, "Aula", List.of(1L))));
    assertEquals(
        "visit.oneDay", refusal(new VisitSchedule(NINE, NINE.plusDays(1), "Aula", List.of(1L))));
    assertEquals(
        "visit.noExperts", refusal(new VisitSchedule(NINE, NINE.plusHours(1), "Aula", List.of())));
  }
}
