package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.competence.Level;
import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.it.CompetenceWorld.Someone;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.GroupResult;
import fi.opeverkko.reporting.Grouping;
import fi.opeverkko.reporting.OwnAnswer;
import fi.opeverkko.reporting.OwnResults;
import fi.opeverkko.reporting.QuestionDetails;
import fi.opeverkko.reporting.QuestionRow;
import fi.opeverkko.reporting.ReportingRuleException;
import fi.opeverkko.reporting.RoundDetails;
import fi.opeverkko.reporting.RoundRow;
import fi.opeverkko.reporting.SurveyResults;
import fi.opeverkko.reporting.SurveyResultsQueries;
import fi.opeverkko.reporting.SurveyRounds;
import fi.opeverkko.reporting.SurveyService;
import fi.opeverkko.reporting.SurveyStep;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The self-assessment survey in the container against the real database: a round kept by the admin
 * until it opens, a teacher's answers given, changed and refused after the close, the own results
 * with suggestions, the results never shown for fewer than five respondents, and each reader's
 * scope. The tests' rounds are in school years far ahead (one round a year, and the demo has this
 * year's); they are deleted after each test.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyIT {

  /** The first school year of the tests' rounds: none of the demo's. */
  private static final int TEST_YEARS_FROM = 2090;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private SurveyRounds rounds;
  @Inject private SurveyService survey;
  @Inject private SurveyResultsQueries results;
  @Inject private CompetenceWorld people;
  @Inject private SurveyWorld world;
  @Inject private Clock clock;

  private LocalDate today;

  @BeforeEach
  void setUp() {
    world.removeRoundsFrom(TEST_YEARS_FROM);
    today = clock.today();
  }

  @AfterEach
  void removeTestRounds() {
    world.removeRoundsFrom(TEST_YEARS_FROM);
  }

  @Test
  @DisplayName(
      "The admin changes a round until it opens; a teacher answers every question, changes the"
          + " answers while it is open, sees gaps with suggestions, and cannot answer after it closes")
  void teacherAnswersChangesAndCannotAfterClose() {
    SchoolYear year = new SchoolYear(TEST_YEARS_FROM);
    Long school = people.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Someone teacher = teacherIn(school, year);

    signInAs.admin();
    Long round = rounds.open(round(year, today.plusDays(1), today.plusDays(10)));
    RoundDetails changed = round(year, today.plusDays(2), today.plusDays(20));
    rounds.revise(round, changed);
    assertEquals(today.plusDays(20), rounds.round(round).closesOn());
    refused(
        "survey.yearTaken", () -> rounds.open(round(year, today.plusDays(1), today.plusDays(3))));
    refused(
        "survey.closesBeforeOpens",
        () -> rounds.revise(round, round(year, today.plusDays(5), today.plusDays(4))));

    world.window(round, today.minusDays(1), today.plusDays(5));
    refused("survey.roundStarted", () -> rounds.revise(round, changed));
    List<QuestionRow> questions = rounds.round(round).questions();
    long environments = questions.get(0).id();
    long assessment = questions.get(1).id();

    signInAs.user(teacher.login());
    refused(
        "survey.answerEveryQuestion",
        () -> survey.answer(round, Map.of(environments, SurveyStep.CAN)));
    assertTrue(survey.myAnswers(round).isEmpty(), "nothing half-saved");
    survey.answer(round, Map.of(environments, SurveyStep.CAN, assessment, SurveyStep.CAN));
    survey.answer(
        round, Map.of(environments, SurveyStep.NEEDS_TRAINING, assessment, SurveyStep.CAN));
    assertEquals(
        Map.of(environments, SurveyStep.NEEDS_TRAINING, assessment, SurveyStep.CAN),
        survey.myAnswers(round));
    assertEquals(1, rounds.round(round).respondents(), "one response, changed in place");

    OwnResults mine = survey.myResults(round);
    OwnAnswer gap = mine.answers().get(0);
    assertFalse(gap.meetsLevel());
    assertTrue(mine.answers().get(1).meetsLevel());
    assertTrue(mine.answers().get(1).badges().isEmpty(), "no suggestion where there is no gap");
    gap.badges()
        .forEach(
            badge -> {
              assertEquals(Level.BASIC, badge.level());
              assertEquals("Oppimisympäristöt", badge.area().fi());
            });
    mine.courses().forEach(course -> assertEquals(Level.BASIC, course.level()));

    world.window(round, today.minusDays(10), today.minusDays(1));
    refused(
        "survey.notOpen",
        () ->
            survey.answer(round, Map.of(environments, SurveyStep.CAN, assessment, SurveyStep.CAN)));
    assertEquals(SurveyStep.NEEDS_TRAINING, survey.myAnswers(round).get(environments));
  }

  @Test
  @DisplayName(
      "Results per school show a school of five respondents and never one of four (its count"
          + " only); the network's share needing training is counted in SQL")
  void underFiveIsNotShown() {
    SchoolYear year = new SchoolYear(TEST_YEARS_FROM + 1);
    Long five = people.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Long four = people.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.SV);
    signInAs.admin();
    Long round = rounds.open(round(year, today.plusDays(1), today.plusDays(10)));
    world.window(round, today, today.plusDays(10));
    List<QuestionRow> questions = rounds.round(round).questions();
    answerAll(round, questions, five, year, 5, SurveyStep.BEGINNER);
    answerAll(round, questions, four, year, 4, SurveyStep.CAN_GUIDE_OTHERS);

    signInAs.admin();
    SurveyResults bySchool = results.results(round, Grouping.SCHOOL, null);
    GroupResult shown = group(bySchool, five);
    GroupResult hidden = group(bySchool, four);
    assertTrue(shown.shown());
    assertEquals(5, shown.respondents());
    assertEquals(100.0, shown.need(questions.get(0).id()).percent());
    assertFalse(hidden.shown());
    assertEquals(4, hidden.respondents());
    assertTrue(hidden.needs().isEmpty(), "no figure of a group of four leaves the service");
    assertNull(hidden.need(questions.get(0).id()));

    GroupResult network = results.results(round, Grouping.NETWORK, null).groups().get(0);
    assertEquals(9, network.respondents());
    assertEquals(5, network.need(questions.get(1).id()).needing());
    assertEquals(9, network.need(questions.get(1).id()).answered());

    SurveyResults byLanguage = results.results(round, Grouping.LANGUAGE, null);
    assertEquals(List.of("FI", "SV"), byLanguage.groups().stream().map(GroupResult::key).toList());
    assertFalse(byLanguage.groups().get(1).shown(), "the Swedish group is the school of four");
  }

  @Test
  @DisplayName(
      "A coordinator reads their own city's schools only and is refused another city's; expert"
          + " teams read the needs but no single school; teachers read no results")
  void eachReaderInTheirScope() {
    SchoolYear year = new SchoolYear(TEST_YEARS_FROM + 2);
    Long helsinki = people.school("HELSINKI", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    Long espoo = people.school("ESPOO", SchoolType.COMPREHENSIVE, TeachingLanguage.FI);
    signInAs.admin();
    Long round = rounds.open(round(year, today.plusDays(1), today.plusDays(10)));
    world.window(round, today, today.plusDays(10));
    List<QuestionRow> questions = rounds.round(round).questions();
    answerAll(round, questions, helsinki, year, 5, SurveyStep.CAN);
    Someone espooTeacher = answerAll(round, questions, espoo, year, 6, SurveyStep.BEGINNER);

    signInAs.coordinator("ESPOO");
    SurveyResults own = results.results(round, Grouping.SCHOOL, null);
    assertEquals("ESPOO", own.cityCode());
    assertEquals(List.of(espoo.toString()), own.groups().stream().map(GroupResult::key).toList());
    assertEquals(6, own.groups().get(0).respondents());
    assertThrows(
        AccessDeniedException.class, () -> results.results(round, Grouping.SCHOOL, "HELSINKI"));
    assertThrows(
        AccessDeniedException.class, () -> results.results(round, Grouping.NETWORK, "HELSINKI"));

    signInAs.admin();
    SurveyResults helsinkiSchools = results.results(round, Grouping.SCHOOL, "HELSINKI");
    assertEquals(
        List.of(helsinki.toString()),
        helsinkiSchools.groups().stream().map(GroupResult::key).toList());

    signInAs.user("expert");
    SurveyResults byCity = results.results(round, Grouping.CITY, null);
    assertEquals(
        List.of("ESPOO", "HELSINKI"), byCity.groups().stream().map(GroupResult::key).toList());
    assertThrows(AccessDeniedException.class, () -> results.results(round, Grouping.SCHOOL, null));

    signInAs.user(espooTeacher.login());
    assertThrows(AccessDeniedException.class, () -> results.results(round, Grouping.CITY, null));
    assertThrows(
        AccessDeniedException.class, () -> rounds.copyOfLatest(new SchoolYear(TEST_YEARS_FROM)));
  }

  @Test
  @DisplayName("A new round starts as a copy of the latest round before its year")
  void copiedFromTheLatestRound() {
    signInAs.admin();
    RoundDetails demo = rounds.copyOfLatest(clock.currentSchoolYear().next());
    RoundRow thisYear =
        rounds.rounds().stream()
            .filter(round -> round.year().equals(clock.currentSchoolYear()))
            .findFirst()
            .orElseThrow();
    assertEquals(thisYear.details().questions(), demo.questions());
    assertTrue(demo.opensOn().isAfter(today));
  }

  /** Makes {@code count} teachers of the school who answer every question with the step. */
  private Someone answerAll(
      Long round,
      List<QuestionRow> questions,
      Long school,
      SchoolYear year,
      int count,
      SurveyStep step) {
    Someone last = null;
    for (int n = 0; n < count; n++) {
      last = teacherIn(school, year);
      signInAs.user(last.login());
      Map<Long, SurveyStep> steps = new java.util.HashMap<>();
      questions.forEach(question -> steps.put(question.id(), step));
      survey.answer(round, steps);
    }
    return last;
  }

  /** A teacher of the school this year (to sign in as one) and in the round's year. */
  private Someone teacherIn(Long school, SchoolYear year) {
    Someone teacher =
        people.person("survey", school, SchoolRole.TEACHER, clock.currentSchoolYear());
    people.assign(teacher.id(), school, SchoolRole.TEACHER, year);
    return teacher;
  }

  private static GroupResult group(SurveyResults results, Long schoolId) {
    return results.groups().stream()
        .filter(group -> group.key().equals(schoolId.toString()))
        .findFirst()
        .orElseThrow();
  }

  private static RoundDetails round(SchoolYear year, LocalDate opens, LocalDate closes) {
    List<QuestionDetails> questions = new ArrayList<>();
    questions.add(
        new QuestionDetails(
            Level.BASIC,
            new LocalizedName("Oppimisympäristöt", "Lärmiljöer", "Learning environments"),
            new LocalizedText(
                "Käytän oppimisympäristöä.", "Jag använder lärmiljön.", "I use the environment.")));
    questions.add(
        new QuestionDetails(
            Level.ADVANCED,
            new LocalizedName("Arviointi", "Bedömning", "Assessment"),
            new LocalizedText(
                "Arvioin digitaalisesti.", "Jag bedömer digitalt.", "I assess digitally.")));
    return new RoundDetails(year, opens, closes, questions);
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(ReportingRuleException.class, action).messageKey());
  }
}
