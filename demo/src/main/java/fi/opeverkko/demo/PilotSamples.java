package fi.opeverkko.demo;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.pilots.BudgetLine;
import fi.opeverkko.pilots.EvaluationRound;
import fi.opeverkko.pilots.Milestone;
import fi.opeverkko.pilots.PilotProject;
import fi.opeverkko.pilots.PilotReplay;
import fi.opeverkko.pilots.PilotState;
import fi.opeverkko.pilots.ProjectContents;
import fi.opeverkko.pilots.RoundKind;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.List;
import java.util.Map;

/**
 * The demo's pilot schools: a handful of schools with this year's project in every state, each area
 * taken, and the November self-evaluation open with some accepted projects answered. Kallion
 * peruskoulu has none, so its principal can start one.
 */
final class PilotSamples {

  private static final PilotState[] STATES = {
    PilotState.RETURNED,
    PilotState.ACCEPTED,
    PilotState.SUBMITTED,
    PilotState.DRAFT,
    PilotState.ACCEPTED,
    PilotState.ACCEPTED
  };

  private static final List<LocalizedText> NOVEMBER_QUESTIONS =
      List.of(
          new LocalizedText(
              "Miten koulun toimintakulttuuri on muuttunut hankkeen aikana?",
              "Hur har skolans verksamhetskultur förändrats under projektet?",
              "How has the school's working culture changed during the project?"),
          new LocalizedText(
              "Miten oppilaiden oppiminen on muuttunut, ja mistä sen huomasitte?",
              "Hur har elevernas lärande förändrats, och hur märkte ni det?",
              "How has the pupils' learning changed, and how did you see it?"));

  private final EntityManager em;
  private final SchoolYear year;

  PilotSamples(EntityManager em, SchoolYear year) {
    this.em = em;
    this.year = year;
  }

  /** A project for each school, with the people who write it as its teachers. */
  void create(Map<School, List<Person>> schools) {
    PilotReplay replay = new PilotReplay(em);
    LocalDateTime started = year.firstDay().plusDays(30).atTime(10, 0);
    EvaluationRound november =
        replay.round(
            year,
            RoundKind.NOVEMBER,
            year.firstDay().withMonth(Month.NOVEMBER.getValue()).withDayOfMonth(20),
            NOVEMBER_QUESTIONS,
            started.plusDays(30));
    DevelopmentArea[] areas = DevelopmentArea.values();
    int n = 0;
    int accepted = 0;
    for (Map.Entry<School, List<Person>> school : schools.entrySet()) {
      DevelopmentArea area = areas[n % areas.length];
      PilotState state = STATES[n % STATES.length];
      PilotProject project =
          replay.project(
              school.getKey(),
              year,
              area,
              contents(area, school.getValue()),
              state,
              started.plusDays(n));
      if (state == PilotState.ACCEPTED && accepted++ % 2 == 0) {
        replay.answer(
            november,
            project,
            List.of(
                "Opettajat suunnittelevat nyt jaksot yhdessä ja jakavat materiaalit.",
                "Oppilaat dokumentoivat oppimistaan viikoittain ja antavat palautetta toisilleen."),
            true,
            started.plusDays(60));
      }
      n++;
    }
  }

  private ProjectContents contents(DevelopmentArea area, List<Person> teachers) {
    return new ProjectContents(
        "Kokeilu: " + area.name().toLowerCase().replace('_', ' '),
        "Oppilaat oppivat ottamaan vastuuta omasta oppimisestaan ja opettajat jakavat toimivat"
            + " käytännöt keskenään.",
        "Kokeillaan uutta työtapaa kahdella luokka-asteella, dokumentoidaan ja arvioidaan"
            + " kokemukset ja levitetään ne koko kouluun.",
        teachers.stream().map(Person::getId).toList(),
        List.of(
            new Milestone("Suunnittelu ja perehdytys", year.firstDay().plusMonths(2)),
            new Milestone("Kokeilujakso luokissa", year.firstDay().plusMonths(5)),
            new Milestone("Arviointi ja levitys", year.firstDay().plusMonths(9))),
        List.of(
            new BudgetLine("Sijaiskulut suunnittelupäiviin", new BigDecimal("2400.00")),
            new BudgetLine("Materiaalit ja laitteet", new BigDecimal("1850.50"))));
  }
}
