package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.library.Licence;
import fi.opeverkko.library.PracticeDraft;
import fi.opeverkko.library.PracticeKind;
import fi.opeverkko.pilots.AreaStateCount;
import fi.opeverkko.pilots.BudgetLine;
import fi.opeverkko.pilots.EvaluationForm;
import fi.opeverkko.pilots.EvaluationRound;
import fi.opeverkko.pilots.EvaluationService;
import fi.opeverkko.pilots.Milestone;
import fi.opeverkko.pilots.PilotFigures;
import fi.opeverkko.pilots.PilotOutcomes;
import fi.opeverkko.pilots.PilotQueries;
import fi.opeverkko.pilots.PilotRuleException;
import fi.opeverkko.pilots.PilotService;
import fi.opeverkko.pilots.PilotState;
import fi.opeverkko.pilots.ProjectContents;
import fi.opeverkko.pilots.ProjectPage;
import fi.opeverkko.pilots.RoundKind;
import fi.opeverkko.pilots.RoundStanding;
import fi.opeverkko.pilots.StandingRow;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.SchoolYear;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pilot projects and their self-evaluations, run in the container against the real database. */
@ExtendWith(ArquillianExtension.class)
class PilotIT {

  private static final Locale FI = Locale.forLanguageTag("fi");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private PilotService pilots;
  @Inject private PilotQueries queries;
  @Inject private EvaluationService evaluations;
  @Inject private PilotFigures figures;
  @Inject private PilotOutcomes outcomes;
  @Inject private PilotWorld world;
  @Inject private Clock clock;

  private SchoolYear year;
  private PilotWorld.Staff staff;

  @BeforeEach
  void newSchool() {
    year = clock.currentSchoolYear();
    staff = world.create(year);
  }

  private static void refusedWith(String key, Runnable action) {
    PilotRuleException refused = assertThrows(PilotRuleException.class, action::run);
    assertEquals(key, refused.messageKey());
  }

  private ProjectPage page() {
    return queries.page(staff.schoolId(), FI);
  }

  private ProjectContents complete() {
    return new ProjectContents(
        "Ilmiöviikot",
        "Oppilaat oppivat ilmiöistä yhdessä.",
        "Kolme ilmiöviikkoa vuodessa.",
        List.of(staff.teacherId()),
        List.of(new Milestone("Ensimmäinen ilmiöviikko", year.firstDay().plusMonths(3))),
        List.of(
            new BudgetLine("Sijaiset", new BigDecimal("1200.00")),
            new BudgetLine("Materiaalit", new BigDecimal("300.50"))));
  }

  @Test
  @DisplayName(
      "The principal starts and writes, a project teacher writes too, the coordinator returns and accepts")
  void writeSubmitReturnAccept() {
    signInAs.user(staff.principal());
    assertTrue(page().mayStart(), "the principal may start the school's project");
    Long id = pilots.start(staff.schoolId(), DevelopmentArea.E_PORTFOLIO);
    refusedWith("pilot.exists", () -> pilots.start(staff.schoolId(), DevelopmentArea.E_PORTFOLIO));
    pilots.save(id, page().version(), DevelopmentArea.PHENOMENON_BASED_LEARNING, complete());
    ProjectPage written = page();
    assertEquals(DevelopmentArea.PHENOMENON_BASED_LEARNING, written.area());
    assertEquals(new BigDecimal("1500.50"), written.budgetTotal());
    assertEquals(List.of(staff.teacherId()), written.contents().getTeacherIds());

    // The project's teacher writes it too; a colleague not in it may not even read it.
    signInAs.user(staff.teacher());
    assertTrue(page().mayWrite());
    ProjectContents more = page().contents();
    more.setGoals("Oppilaat oppivat ilmiöistä yhdessä ja arvioivat toisiaan.");
    pilots.save(id, page().version(), DevelopmentArea.PHENOMENON_BASED_LEARNING, more);
    signInAs.user(staff.colleague());
    assertThrows(AccessDeniedException.class, this::page);
    assertThrows(
        AccessDeniedException.class,
        () -> pilots.save(id, 1, DevelopmentArea.E_PORTFOLIO, complete()));

    signInAs.user(staff.teacher());
    pilots.submit(id);
    assertEquals(PilotState.SUBMITTED, page().state());
    refusedWith(
        "pilot.notEditable",
        () -> pilots.save(id, page().version(), DevelopmentArea.E_PORTFOLIO, complete()));
    assertThrows(AccessDeniedException.class, () -> pilots.accept(id));

    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> pilots.accept(id));
    assertThrows(AccessDeniedException.class, this::page);

    signInAs.coordinator("HELSINKI");
    refusedWith("pilot.commentRequired", () -> pilots.returnToSchool(id, "  "));
    assertEquals(PilotState.SUBMITTED, page().state(), "nothing changed by the refusal");
    pilots.returnToSchool(id, "Tarkentakaa budjettia.");
    assertEquals(PilotState.RETURNED, page().state());
    assertEquals(
        2,
        world.lettersAbout("pilot project " + id).size(),
        "the principal and the project's teacher are told");

    signInAs.user(staff.principal());
    assertEquals("Tarkentakaa budjettia.", page().returnComment());
    pilots.submit(id);
    signInAs.coordinator("HELSINKI");
    pilots.accept(id);
    assertEquals(PilotState.ACCEPTED, page().state());
    assertTrue(page().accepted());
    assertTrue(
        world.lettersAbout("pilot project " + id).stream()
            .anyMatch(letter -> letter.contains("hyväksyttiin")),
        "the acceptance in Finnish");
  }

  @Test
  @DisplayName("Bad input is refused with its message and nothing is half-saved")
  void badInputLeavesNothingHalfSaved() {
    signInAs.user(staff.principal());
    Long id = pilots.start(staff.schoolId(), DevelopmentArea.LEARNING_WITHOUT_DESKS);
    refusedWith("pilot.incomplete", () -> pilots.submit(id));

    ProjectContents outsider = complete();
    outsider.setTeacherIds(List.of(staff.otherSchoolsTeacherId()));
    refusedWith(
        "pilot.notStaff",
        () -> pilots.save(id, page().version(), DevelopmentArea.E_PORTFOLIO, outsider));

    ProjectContents blankStep = complete();
    blankStep.getMilestones().add(new Milestone(" ", null));
    refusedWith(
        "pilot.invalidDetails",
        () -> pilots.save(id, page().version(), DevelopmentArea.E_PORTFOLIO, blankStep));

    ProjectContents negative = complete();
    negative.getBudget().add(new BudgetLine("Palautus", new BigDecimal("-5")));
    refusedWith(
        "pilot.invalidDetails",
        () -> pilots.save(id, page().version(), DevelopmentArea.E_PORTFOLIO, negative));

    ProjectContents noTeachers = complete();
    noTeachers.setTeacherIds(List.of());
    long seen = page().version();
    pilots.save(id, seen, DevelopmentArea.E_PORTFOLIO, noTeachers);
    refusedWith(
        "pilot.stale", () -> pilots.save(id, seen, DevelopmentArea.E_PORTFOLIO, complete()));
    refusedWith("pilot.noTeachers", () -> pilots.submit(id));

    ProjectPage after = page();
    assertEquals(PilotState.DRAFT, after.state());
    assertEquals(DevelopmentArea.E_PORTFOLIO, after.area());
    assertTrue(after.contents().getTeacherIds().isEmpty());
    assertEquals(1, after.contents().getMilestones().size());
    assertEquals(new BigDecimal("1500.50"), after.budgetTotal());
  }

  @Test
  @DisplayName("Only the principal or the city's coordinator starts a school's project")
  void whoStarts() {
    signInAs.user(staff.teacher());
    assertThrows(
        AccessDeniedException.class,
        () -> pilots.start(staff.schoolId(), DevelopmentArea.E_PORTFOLIO));
    signInAs.coordinator("VANTAA");
    assertThrows(
        AccessDeniedException.class,
        () -> pilots.start(staff.schoolId(), DevelopmentArea.E_PORTFOLIO));
    signInAs.coordinator("HELSINKI");
    Long id = pilots.start(staff.schoolId(), DevelopmentArea.LEARNING_OUTSIDE_SCHOOL);
    assertNotNull(id);
    assertTrue(
        queries.schoolsWithoutProject("HELSINKI").stream()
            .noneMatch(school -> school.schoolId() == staff.schoolId()),
        "a pilot now");
    signInAs.user(staff.principal());
    assertEquals(PilotState.DRAFT, page().state());
    assertEquals(DevelopmentArea.LEARNING_OUTSIDE_SCHOOL, page().area());
  }

  @Test
  @DisplayName("A coordinator opens a round; bad rounds and other roles are refused")
  void openRound() {
    signInAs.user(staff.principal());
    assertThrows(
        AccessDeniedException.class,
        () -> evaluations.open(RoundKind.SPRING, year.lastDay(), List.of()));
    signInAs.coordinator("ESPOO");
    List<LocalizedText> questions = evaluations.defaultQuestions(RoundKind.SPRING);
    assertEquals(4, questions.size());
    assertTrue(questions.get(0).sv().startsWith("Hur långt"));
    refusedWith(
        "round.noQuestions", () -> evaluations.open(RoundKind.SPRING, year.lastDay(), List.of()));
    refusedWith(
        "round.dueOutsideYear",
        () -> evaluations.open(RoundKind.SPRING, year.lastDay().plusDays(1), questions));
    refusedWith(
        "round.questionBlank",
        () ->
            evaluations.open(
                RoundKind.SPRING, year.lastDay(), List.of(new LocalizedText("Kysymys", "", "Q"))));
    // As the form sends them: a due date left empty, a question written in Finnish only.
    refusedWith("round.dueMissing", () -> evaluations.open(RoundKind.SPRING, null, questions));
    refusedWith(
        "round.questionBlank",
        () ->
            evaluations.open(
                RoundKind.SPRING,
                year.lastDay(),
                List.of(new LocalizedText("Kysymys", null, null))));
    if (world.round(year, RoundKind.SPRING) == null) {
      Long opened = evaluations.open(RoundKind.SPRING, year.lastDay(), questions);
      assertNotNull(opened);
    }
    refusedWith(
        "round.exists", () -> evaluations.open(RoundKind.SPRING, year.lastDay(), questions));
    assertTrue(evaluations.rounds().stream().anyMatch(r -> r.kind() == RoundKind.SPRING));
  }

  @Test
  @DisplayName(
      "An accepted project answers a round: a draft, then submitted once; late ones flagged")
  void answerRoundAndLateness() {
    EvaluationRound november = world.round(year, RoundKind.NOVEMBER);
    assertNotNull(november, "the demo opens November's round");
    Long roundId = november.getId();

    signInAs.user(staff.principal());
    Long id = pilots.start(staff.schoolId(), DevelopmentArea.E_PORTFOLIO);
    refusedWith(
        "pilot.notAccepted", () -> evaluations.save(roundId, staff.schoolId(), List.of("Luonnos")));
    pilots.save(id, page().version(), DevelopmentArea.E_PORTFOLIO, complete());
    pilots.submit(id);
    signInAs.coordinator("HELSINKI");
    pilots.accept(id);

    LocalDate due = november.getDueOn();
    try {
      world.moveDue(roundId, clock.today().minusDays(1));
      signInAs.coordinator("HELSINKI");
      assertEquals(RoundStanding.LATE, standingOf(staff.schoolId()).november());

      signInAs.user(staff.teacher());
      evaluations.save(roundId, staff.schoolId(), List.of("Opettajat tekevät yhdessä."));
      EvaluationForm draft = evaluations.evaluation(roundId, staff.schoolId(), FI);
      assertFalse(draft.submitted());
      assertTrue(draft.late());
      assertEquals("Opettajat tekevät yhdessä.", draft.answers().get(0));
      assertEquals("", draft.answers().get(1));

      refusedWith(
          "evaluation.unanswered",
          () -> evaluations.submit(roundId, staff.schoolId(), List.of("Uusi vastaus", " ")));
      assertEquals(
          "Opettajat tekevät yhdessä.",
          evaluations.evaluation(roundId, staff.schoolId(), FI).answers().get(0),
          "the refused submission saved nothing");
      signInAs.user(staff.otherSchoolsTeacher());
      assertThrows(
          AccessDeniedException.class,
          () -> evaluations.save(roundId, staff.schoolId(), List.of("x", "y")));

      signInAs.user(staff.principal());
      evaluations.submit(roundId, staff.schoolId(), List.of("Yhdessä.", "Oppilaat arvioivat."));
      refusedWith(
          "evaluation.submitted",
          () -> evaluations.save(roundId, staff.schoolId(), List.of("Muutos", "Muutos")));
      assertTrue(evaluations.evaluation(roundId, staff.schoolId(), FI).submitted());

      signInAs.coordinator("HELSINKI");
      assertEquals(RoundStanding.ANSWERED, standingOf(staff.schoolId()).november());
      assertTrue(
          queries.areaEvaluations(roundId, DevelopmentArea.E_PORTFOLIO, "HELSINKI", FI).stream()
              .anyMatch(
                  e ->
                      e.schoolId() == staff.schoolId()
                          && e.answers().get(1).equals("Oppilaat arvioivat.")));
      assertTrue(
          figures.rounds("HELSINKI", year).stream()
              .anyMatch(r -> r.kind() == RoundKind.NOVEMBER && r.returned() >= 1));
      List<AreaStateCount> byArea = figures.projects("HELSINKI", year);
      assertTrue(
          byArea.stream()
              .anyMatch(
                  c ->
                      c.area() == DevelopmentArea.E_PORTFOLIO && c.state() == PilotState.ACCEPTED));
      signInAs.coordinator("ESPOO");
      assertThrows(AccessDeniedException.class, () -> figures.projects("HELSINKI", year));
      assertTrue(
          queries.standing("ESPOO", 0, 100).stream()
              .noneMatch(r -> r.schoolId() == staff.schoolId()),
          "Espoo's overview has no Helsinki school");
    } finally {
      world.moveDue(roundId, due);
    }
  }

  @Test
  @DisplayName("An outcome is published only from an accepted project, by its writers")
  void outcomeRefusals() {
    PracticeDraft draft =
        new PracticeDraft(
            new LocalizedText("Ilmiöviikon malli", null, null),
            new LocalizedText("Näin ilmiöviikko rakennetaan.", null, null),
            PracticeKind.PRACTICE,
            DevelopmentArea.PHENOMENON_BASED_LEARNING,
            null,
            null,
            null,
            null,
            null,
            Licence.CC_BY);
    signInAs.user(staff.principal());
    refusedWith("pilot.noSuchProject", () -> outcomes.publish(staff.schoolId(), draft, FI));
    Long id = pilots.start(staff.schoolId(), DevelopmentArea.PHENOMENON_BASED_LEARNING);
    refusedWith("pilot.notAccepted", () -> outcomes.publish(staff.schoolId(), draft, FI));
    assertNull(page().returnComment());
    acceptedProjectFrom(id);
    signInAs.user(staff.otherSchoolsTeacher());
    assertThrows(AccessDeniedException.class, () -> outcomes.publish(staff.schoolId(), draft, FI));
  }

  private void acceptedProjectFrom(Long id) {
    signInAs.user(staff.principal());
    pilots.save(id, page().version(), DevelopmentArea.PHENOMENON_BASED_LEARNING, complete());
    pilots.submit(id);
    signInAs.coordinator("HELSINKI");
    pilots.accept(id);
  }

  private StandingRow standingOf(Long schoolId) {
    int count = (int) queries.countStanding("HELSINKI");
    return queries.standing("HELSINKI", 0, count).stream()
        .filter(row -> row.schoolId() == schoolId)
        .findFirst()
        .orElseThrow();
  }
}
