package fi.opeverkko.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** What the principal types into the visit request form (the rest: the form's own defaults). */
final class VisitRequestForm {

  private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.yyyy");

  private VisitRequestForm() {}

  static Map<String, String> values() {
    LocalDate from = LocalDate.now().plusWeeks(4);
    return Map.of(
        "requestForm:need", "Benchmark: vertaisoppiminen",
        "requestForm:participants", "12",
        "requestForm:preferredFrom", FINNISH.format(from),
        "requestForm:preferredUntil", FINNISH.format(from.plusWeeks(2)),
        "requestForm:duration", "90",
        "requestForm:goal", "Benchmark: yhteinen tavoite");
  }
}
