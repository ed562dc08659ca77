package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.SchoolYear;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * A survey round as the admin opens or revises it: its school year, its window (both days included)
 * and its questions in their order.
 */
@Published
public record RoundDetails(
    @NotNull SchoolYear year,
    @NotNull LocalDate opensOn,
    @NotNull LocalDate closesOn,
    @NotEmpty List<@NotNull @Valid QuestionDetails> questions) {

  public RoundDetails {
    questions = List.copyOf(questions);
  }
}
