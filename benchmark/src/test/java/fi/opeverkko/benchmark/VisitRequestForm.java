package fi.opeverkko.benchmark;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What the principal types into the visit request form (the rest: the form's own defaults), by the
 * names PrimeFaces gives the inputs (a date picker's {@code _input}, a number's visible {@code
 * _input} and the {@code _hinput} it submits).
 */
final class VisitRequestForm {

  /** The first team the form offers (after its "Choose"). */
  static final String FIRST_TEAM =
      "<select id=\"requestForm:team_input\"[^>]*>(?:<option value=\"\"[^>]*>[^<]*</option>)?"
          + "<option value=\"(\\d+)\"";

  private static final DateTimeFormatter FINNISH = DateTimeFormatter.ofPattern("d.M.yyyy");

  private VisitRequestForm() {}

  static Map<String, String> values(String team) {
    LocalDate from = LocalDate.now().plusWeeks(4);
    return Map.of(
        "requestForm:team_input", team,
        "requestForm:need", "Benchmark: vertaisoppiminen",
        "requestForm:participants_input", "12",
        "requestForm:participants_hinput", "12",
        "requestForm:preferredFrom_input", FINNISH.format(from),
        "requestForm:preferredUntil_input", FINNISH.format(from.plusWeeks(2)),
        "requestForm:duration_input", "90",
        "requestForm:duration_hinput", "90",
        "requestForm:goal", "Benchmark: yhteinen tavoite");
  }
}
