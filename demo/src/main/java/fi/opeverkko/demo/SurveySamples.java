package fi.opeverkko.demo;

import fi.opeverkko.competence.Level;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.QuestionDetails;
import fi.opeverkko.reporting.RoundDetails;
import fi.opeverkko.reporting.SurveyReplay;
import fi.opeverkko.reporting.SurveyRound;
import fi.opeverkko.reporting.SurveyStep;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The self-assessment survey of the demo network (seed 004: a yearly survey in November): last
 * year's round closed, answered by the whole teaching staff; this year's open for a few weeks more,
 * answered by two thirds of it so far. The demo login {@code teacher} has not answered yet.
 */
final class SurveySamples {

  private static final String AUTHOR = "Aino Admin";
  private static final SurveyStep[] STEPS = SurveyStep.values();

  /** The questions of both rounds: one per area of the demo catalogue, at its badges' level. */
  static final List<QuestionDetails> QUESTIONS =
      List.of(
          question(
              Level.BASIC,
              new LocalizedName("Oppimisympäristöt", "Lärmiljöer", "Learning environments"),
              "Käytän koulun sähköistä oppimisympäristöä opetuksessani.",
              "Jag använder skolans digitala lärmiljö i min undervisning.",
              "I use the school's digital learning environment in my teaching."),
          question(
              Level.BASIC,
              new LocalizedName(
                  "Viestintä ja yhteistyö",
                  "Kommunikation och samarbete",
                  "Communication and collaboration"),
              "Oppilaani työskentelevät yhteisissä dokumenteissa ohjauksessani.",
              "Mina elever arbetar i gemensamma dokument under min handledning.",
              "My pupils work in shared documents under my guidance."),
          question(
              Level.ADVANCED,
              new LocalizedName("Arviointi", "Bedömning", "Assessment"),
              "Arvioin ja annan palautetta digitaalisin välinein.",
              "Jag bedömer och ger respons med digitala verktyg.",
              "I assess and give feedback with digital tools."),
          question(
              Level.ADVANCED,
              new LocalizedName(
                  "Ohjelmointi ja robotiikka", "Programmering och robotik", "Coding and robotics"),
              "Opetan ohjelmointia tai robotiikkaa oppiaineessani.",
              "Jag undervisar i programmering eller robotik i mitt ämne.",
              "I teach coding or robotics in my subject."),
          question(
              Level.DEVELOPER,
              new LocalizedName(
                  "Kehittäminen ja kouluttaminen",
                  "Utveckling och fortbildning",
                  "Developing and training"),
              "Koulutan kollegoitani opetuksen digitaalisissa tavoissa.",
              "Jag fortbildar mina kolleger i digitala arbetssätt i undervisningen.",
              "I train my colleagues in digital ways of teaching."));

  private final SurveyReplay replay;
  private final LocalDate today;

  SurveySamples(EntityManager em, LocalDate today) {
    this.replay = new SurveyReplay(em);
    this.today = today;
  }

  /**
   * Writes both rounds and their answers.
   *
   * @param staff the teachers of each school
   */
  void rounds(SchoolYear year, Map<School, List<Person>> staff) {
    LocalDate lastNovember = LocalDate.of(year.previous().startYear(), Month.NOVEMBER, 1);
    SurveyRound last =
        replay.round(
            new RoundDetails(year.previous(), lastNovember, lastNovember.plusDays(29), QUESTIONS),
            AUTHOR);
    SurveyRound open =
        replay.round(
            new RoundDetails(year, today.minusDays(7), today.plusDays(28), QUESTIONS), AUTHOR);
    int n = 0;
    for (Map.Entry<School, List<Person>> school : staff.entrySet()) {
      for (Person person : school.getValue()) {
        replay.answer(
            last,
            person,
            school.getKey(),
            steps(n, 0),
            lastNovember.plusDays(n % 20).atTime(15, 0));
        if (n % 3 != 2) {
          // A year on, the same teachers a step further in the areas they trained in.
          replay.answer(
              open, person, school.getKey(), steps(n, 1), today.minusDays(n % 7).atTime(12, 0));
        }
        n++;
      }
    }
  }

  /**
   * The steps of the n-th teacher: the basic areas mostly mastered, coding and developing rarely,
   * spread so that every school has some of each; {@code progress} steps more a year on.
   */
  private static List<SurveyStep> steps(int n, int progress) {
    List<SurveyStep> steps = new ArrayList<>();
    for (int q = 0; q < QUESTIONS.size(); q++) {
      int spread = (n * 7 + q * 5) % 4;
      int base = q < 2 ? 1 + spread : Math.max(0, spread - q / 2);
      steps.add(STEPS[Math.min(STEPS.length - 1, base + (q % 2 == 0 ? progress : 0))]);
    }
    return steps;
  }

  private static QuestionDetails question(
      Level level, LocalizedName area, String fi, String sv, String en) {
    return new QuestionDetails(level, area, new LocalizedText(fi, sv, en));
  }
}
