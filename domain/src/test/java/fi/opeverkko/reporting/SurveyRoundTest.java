package fi.opeverkko.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SurveyRoundTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
  private static final SchoolYear YEAR = SchoolYear.containing(TODAY);

  @Test
  @DisplayName("A round is upcoming before its first day, open through its last, closed after")
  void stateByTheCalendar() {
    SurveyRound round = new SurveyRound(details(TODAY.plusDays(1), TODAY.plusDays(3)), "A", TODAY);
    assertEquals(RoundState.UPCOMING, round.stateOn(TODAY));
    assertEquals(RoundState.OPEN, round.stateOn(TODAY.plusDays(1)));
    assertEquals(RoundState.OPEN, round.stateOn(TODAY.plusDays(3)));
    assertEquals(RoundState.CLOSED, round.stateOn(TODAY.plusDays(4)));
    refused("survey.notOpen", () -> round.requireOpen(TODAY));
    refused("survey.notOpen", () -> round.requireOpen(TODAY.plusDays(4)));
  }

  @Test
  @DisplayName(
      "A round is changed until it opens, never after; its window runs forwards from today")
  void revisedUntilItOpens() {
    SurveyRound round = new SurveyRound(details(TODAY.plusDays(1), TODAY.plusDays(3)), "A", TODAY);
    round.revise(details(TODAY.plusDays(2), TODAY.plusDays(9)), TODAY);
    assertEquals(TODAY.plusDays(9), round.getClosesOn());
    assertEquals(1, round.getQuestions().size());
    refused(
        "survey.closesBeforeOpens",
        () -> round.revise(details(TODAY.plusDays(5), TODAY.plusDays(4)), TODAY));
    refused("survey.opensInPast", () -> round.revise(details(TODAY.minusDays(1), TODAY), TODAY));
    refused(
        "survey.roundStarted",
        () -> round.revise(details(TODAY.plusDays(5), TODAY.plusDays(9)), TODAY.plusDays(2)));
  }

  private static RoundDetails details(LocalDate opens, LocalDate closes) {
    return new RoundDetails(
        YEAR,
        opens,
        closes,
        List.of(
            new QuestionDetails(
                Level.BASIC,
                new LocalizedName("Arviointi", "Bedömning", "Assessment"),
                new LocalizedText("Arvioin.", "Jag bedömer.", "I assess."))));
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(ReportingRuleException.class, action).messageKey());
  }
}
