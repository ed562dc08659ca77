package fi.opeverkko.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.identity.AccessDeniedException;
import fi.opeverkko.identity.LoginIdentity;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.plans.ActivityDetails;
import fi.opeverkko.plans.ActivityLogEntry;
import fi.opeverkko.plans.ActivityLogQueries;
import fi.opeverkko.plans.ActivityLogService;
import fi.opeverkko.plans.ActivityType;
import fi.opeverkko.plans.CityPlanRow;
import fi.opeverkko.plans.CompetenceLevel;
import fi.opeverkko.plans.GoalDetails;
import fi.opeverkko.plans.LogDetails;
import fi.opeverkko.plans.MonthTotal;
import fi.opeverkko.plans.PlanAction;
import fi.opeverkko.plans.PlanBasics;
import fi.opeverkko.plans.PlanEvent;
import fi.opeverkko.plans.PlanPage;
import fi.opeverkko.plans.PlanProgress;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanRuleException;
import fi.opeverkko.plans.PlanService;
import fi.opeverkko.plans.PlanStanding;
import fi.opeverkko.plans.PlanStatus;
import fi.opeverkko.plans.TutorPlan;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.ExcelCsv;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.platform.SqlStatements;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tutor activity plans and the activity log, run in the container against the real database. */
@ExtendWith(ArquillianExtension.class)
class PlanIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.portalWithTests();
  }

  @Inject private SignInAs signInAs;
  @Inject private PlanService plans;
  @Inject private PlanQueries queries;
  @Inject private ActivityLogService log;
  @Inject private ActivityLogQueries logEntries;
  @Inject private PlanSchool planSchool;
  @Inject private Clock clock;
  @Inject private AsUser asUser;

  @Resource private ManagedExecutorService executor;
  @Resource private UserTransaction transaction;

  private SchoolYear year;
  private PlanSchool.Staff staff;

  @BeforeEach
  void newSchool() {
    year = clock.currentSchoolYear();
    staff = planSchool.create(year, true);
  }

  /**
   * A page of log entries, each with the goal or plan activity it serves, is read in one statement
   * (the server counts them, {@link SqlStatements}), not one more per plan and goal.
   */
  private static void assertEntriesReadInOneStatement(Supplier<List<ActivityLogEntry>> page) {
    SqlStatements.reset();
    page.get();
    assertEquals(1, SqlStatements.counted(), String.join("\n", SqlStatements.run()));
  }

  private static void refusedWith(String key, Runnable action) {
    PlanRuleException refused = assertThrows(PlanRuleException.class, action::run);
    assertEquals(key, refused.messageKey());
  }

  private PlanPage page() {
    return queries.plan(staff.schoolId(), null);
  }

  /** A plan with one goal and one activity of 10 hours, started by the tutor. */
  private Long writtenPlan() {
    signInAs.user(staff.tutor());
    Long planId = plans.start(staff.schoolId(), false);
    Long goal =
        plans.addGoal(
            planId, new GoalDetails("Kaikki käyttävät Classroomia", CompetenceLevel.BASIC));
    plans.addActivity(
        planId,
        new ActivityDetails(
            goal, "Classroom-perehdytys", "Koko henkilöstö", "Elokuu", "Testi", BigDecimal.TEN));
    return planId;
  }

  @Test
  @DisplayName("One plan per school and year; only the school's own tutors start and write it")
  void onePlanPerSchoolYearWrittenByItsTutors() {
    signInAs.user(staff.principal());
    assertThrows(AccessDeniedException.class, () -> plans.start(staff.schoolId(), false));
    signInAs.user(staff.otherTutor());
    assertThrows(AccessDeniedException.class, () -> plans.start(staff.schoolId(), false));

    Long planId = writtenPlan();
    signInAs.user(staff.secondTutor());
    refusedWith("plan.exists", () -> plans.start(staff.schoolId(), false));
    // The other tutor of the school writes the same plan.
    plans.addGoal(planId, new GoalDetails("Ohjelmointi", CompetenceLevel.ADVANCED));

    signInAs.user(staff.otherTutor());
    assertThrows(
        AccessDeniedException.class,
        () -> plans.addGoal(planId, new GoalDetails("Vieras", CompetenceLevel.BASIC)));
    assertThrows(AccessDeniedException.class, () -> queries.plan(staff.schoolId(), null));
    signInAs.user(staff.principal());
    assertThrows(
        AccessDeniedException.class,
        () -> plans.addGoal(planId, new GoalDetails("Rehtorin", CompetenceLevel.BASIC)));
    assertFalse(page().mayEdit());

    signInAs.coordinator("HELSINKI");
    assertEquals(2, page().plan().getGoals().size(), "the city's coordinator reads the plan");
    assertThrows(
        AccessDeniedException.class,
        () -> plans.addGoal(planId, new GoalDetails("Koordinaattorin", CompetenceLevel.BASIC)));
    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, this::page);

    signInAs.user(staff.tutor());
    refusedWith(
        "plan.invalidDetails",
        () -> plans.addGoal(planId, new GoalDetails(" ", CompetenceLevel.BASIC)));
    refusedWith(
        "plan.invalidDetails",
        () ->
            plans.addActivity(
                planId,
                new ActivityDetails(
                    page().plan().getGoals().get(0).getId(), "x", "y", "z", "w", BigDecimal.ZERO)));
    assertEquals(2, page().plan().getGoals().size(), "nothing half-saved");
  }

  @Test
  @DisplayName(
      "Two tutors changing the plan at the same moment: the second is told, nothing is lost")
  void concurrentEdits() throws Exception {
    Long planId = writtenPlan();
    transaction.begin();
    // The first tutor's change is written but not yet committed when the second one saves.
    plans.addGoal(planId, new GoalDetails("Ensimmäisen tutorin", CompetenceLevel.BASIC));
    Future<String> second =
        executor.submit(
            () ->
                asUser.call(
                    new LoginIdentity(staff.secondTutor(), null, false, false, null),
                    () -> {
                      try {
                        plans.addGoal(
                            planId, new GoalDetails("Toisen tutorin", CompetenceLevel.BASIC));
                        return "saved";
                      } catch (PlanRuleException refused) {
                        return refused.messageKey();
                      }
                    }));
    Thread.sleep(1500);
    transaction.commit();

    assertEquals("plan.stale", second.get(30, TimeUnit.SECONDS));
    signInAs.user(staff.tutor());
    assertEquals(
        List.of("Kaikki käyttävät Classroomia", "Ensimmäisen tutorin"),
        page().plan().getGoals().stream().map(g -> g.getDescription()).toList(),
        "the first change is kept, the refused one left nothing behind");
  }

  @Test
  @DisplayName("Submit, return with a comment, resubmit, approve: versions and history are kept")
  void lifeOfAPlan() {
    signInAs.user(staff.tutor());
    Long emptyPlan = plans.start(staff.schoolId(), false);
    refusedWith("plan.incomplete", () -> plans.submit(emptyPlan, null));
    assertEquals(PlanStatus.DRAFT, page().plan().getStatus(), "the refused submit left no trace");

    Long goal = plans.addGoal(emptyPlan, new GoalDetails("Tavoite", CompetenceLevel.DEVELOPER));
    plans.addActivity(
        emptyPlan,
        new ActivityDetails(goal, "Paja", "Opettajat", "Syksy", "Testi", BigDecimal.ONE));
    plans.saveBasics(
        emptyPlan, page().plan().getVersion(), new PlanBasics("Ensimmäinen", "Seuranta"));
    long seen = page().plan().getVersion();
    plans.submit(emptyPlan, null);

    refusedWith(
        "plan.notEditable",
        () -> plans.addGoal(emptyPlan, new GoalDetails("Myöhässä", CompetenceLevel.BASIC)));
    refusedWith("plan.illegalTransition", () -> plans.submit(emptyPlan, null));
    assertThrows(AccessDeniedException.class, () -> plans.approve(emptyPlan, null));

    signInAs.user(staff.principal());
    assertTrue(page().mayAnswer());
    refusedWith("plan.commentRequired", () -> plans.returnToTutors(emptyPlan, " "));
    plans.returnToTutors(emptyPlan, "Lisätkää seuranta luokittain.");

    signInAs.user(staff.tutor());
    refusedWith("plan.stale", () -> plans.saveBasics(emptyPlan, seen, new PlanBasics("x", "y")));
    plans.saveBasics(
        emptyPlan, page().plan().getVersion(), new PlanBasics("Korjattu", "Luokittain"));
    plans.submit(emptyPlan, "Seuranta on nyt luokittain.");

    signInAs.user(staff.principal());
    plans.approve(emptyPlan, "Hyvä suunnitelma.");
    refusedWith("plan.illegalTransition", () -> plans.approve(emptyPlan, null));

    PlanPage page = page();
    assertEquals(PlanStatus.APPROVED, page.plan().getStatus());
    assertEquals(
        List.of(
            PlanAction.APPROVE,
            PlanAction.SUBMIT,
            PlanAction.RETURN,
            PlanAction.SUBMIT,
            PlanAction.START),
        page.history().stream().map(PlanEvent::getAction).toList());
    assertEquals("Lisätkää seuranta luokittain.", page.history().get(2).getComment());
    assertEquals("Seuranta on nyt luokittain.", page.history().get(1).getComment());
    assertEquals(2, page.versions().size());
    assertEquals("Korjattu", page.versions().get(0).contents().startingPoint());
    assertEquals(
        "Ensimmäinen",
        page.versions().get(1).contents().startingPoint(),
        "the first version stays as it was submitted");
    assertEquals(
        0, new BigDecimal("1").compareTo(page.versions().get(1).contents().plannedHours()));
    assertEquals(PlanStanding.APPROVED, standingOfTestSchool());
  }

  @Test
  @DisplayName("The principal is emailed a submitted plan, the tutors its return with the comment")
  void emails() throws Exception {
    try (Mailbox mailbox = new Mailbox()) {
      Long planId = writtenPlan();
      plans.submit(planId, null);
      List<MimeMessage> toPrincipal =
          mailbox.await(
              staff.principal() + "@opeverkko.example",
              "Tutortoimintasuunnitelma odottaa hyväksyntääsi");
      assertFalse(toPrincipal.isEmpty());

      signInAs.user(staff.principal());
      plans.returnToTutors(planId, "Lisätkää seuranta.");
      for (String tutor : List.of(staff.tutor(), staff.secondTutor())) {
        assertFalse(
            mailbox.await(tutor + "@opeverkko.example", "Kommentti: Lisätkää seuranta.").isEmpty(),
            tutor);
      }
    }
  }

  @Test
  @DisplayName("A new year starts as a copy of last year's plan, as a draft of its own")
  void copyFromLastYear() {
    signInAs.user(staff.tutor());
    refusedWith("plan.noLastYear", () -> plans.start(staff.schoolId(), true));
    assertNull(page().plan(), "the refused copy started nothing");

    planSchool.lastYearsPlan(staff.schoolId(), year);
    assertTrue(page().lastYearsPlan());
    plans.start(staff.schoolId(), true);

    TutorPlan copy = page().plan();
    TutorPlan original = queries.plan(staff.schoolId(), year.previous()).plan();
    assertEquals(PlanStatus.DRAFT, copy.getStatus());
    assertEquals(PlanStatus.APPROVED, original.getStatus(), "last year's plan is left as it was");
    assertEquals(original.getStartingPoint(), copy.getStartingPoint());
    assertEquals(original.getGoals().size(), copy.getGoals().size());
    assertEquals(original.getActivities().size(), copy.getActivities().size());
    assertEquals(0, original.plannedHours().compareTo(copy.plannedHours()));
    assertNotEquals(original.getGoals().get(0).getId(), copy.getGoals().get(0).getId());
    assertEquals(
        copy.getGoals().get(0),
        copy.getActivities().get(0).getGoal(),
        "the copied activities serve the copied goals");
    refusedWith(
        "plan.pastYear",
        () ->
            plans.addGoal(original.getId(), new GoalDetails("Jälkikäteen", CompetenceLevel.BASIC)));
  }

  @Test
  @DisplayName(
      "The school's current principal and tutors read its earlier plans, read only, even when"
          + " they held no role there that year")
  void currentStaffReadEarlierPlans() {
    planSchool.lastYearsPlan(staff.schoolId(), year);
    // The second tutor was not a tutor of the school last year.
    signInAs.user(staff.secondTutor());
    PlanPage lastYear = queries.plan(staff.schoolId(), year.previous());
    assertEquals(PlanStatus.APPROVED, lastYear.plan().getStatus());
    assertFalse(lastYear.writer(), "an earlier year's plan is read only");
    assertFalse(lastYear.approver(), "an earlier year's plan is read only");
    signInAs.user(staff.principal());
    assertEquals(
        PlanStatus.APPROVED, queries.plan(staff.schoolId(), year.previous()).plan().getStatus());

    signInAs.user(staff.otherTutor());
    assertThrows(
        AccessDeniedException.class,
        () -> queries.plan(staff.schoolId(), year.previous()),
        "another school's tutor");
  }

  @Test
  @DisplayName("Tutors log work against the plan's goals; progress and monthly totals add up")
  void logAndProgress() {
    Long planId = writtenPlan();
    TutorPlan plan = page().plan();
    Long goalId = plan.getGoals().get(0).getId();
    Long activityId = plan.getActivities().get(0).getId();

    log.log(year, entry(clock.today(), "1.5", null, activityId));
    log.log(year, entry(clock.today(), "0.75", goalId, null));
    Long unlinked = log.log(year, entry(clock.today(), "1", null, null));

    PlanProgress progress = page().progress();
    assertEquals(0, new BigDecimal("2.25").compareTo(progress.goals().get(0).done()));
    assertEquals(
        0, new BigDecimal("1.5").compareTo(progress.goals().get(0).activities().get(0).done()));
    assertEquals(15, progress.goals().get(0).activities().get(0).percent());
    assertEquals(0, BigDecimal.ONE.compareTo(progress.unlinkedHours()));
    MonthTotal month =
        logEntries.myMonthlyTotals(year).stream()
            .filter(t -> t.month().equals(YearMonth.from(clock.today())))
            .findFirst()
            .orElseThrow();
    assertEquals(3, month.entries());
    assertEquals(0, new BigDecimal("3.25").compareTo(month.hours()));
    assertEquals(3, logEntries.countMine(year));
    assertEntriesReadInOneStatement(() -> logEntries.myEntries(year, 0, 25));

    refusedWith(
        "log.future", () -> log.log(year, entry(clock.today().plusDays(1), "1", null, null)));
    refusedWith("plan.invalidDetails", () -> log.log(year, entry(clock.today(), "13", null, null)));
    LogDetails asMentor = entry(clock.today(), "1", null, null);
    asMentor.setRole(SchoolRole.MENTOR);
    refusedWith("log.notYourRole", () -> log.log(year, asMentor));
    refusedWith("plan.goalLogged", () -> plans.removeGoal(goalId));
    assertEquals(3, logEntries.countMine(year), "refused entries wrote nothing");

    // A logged activity moved to another goal takes its work along; that goal is then kept too.
    Long secondGoal =
        plans.addGoal(planId, new GoalDetails("Toinen tavoite", CompetenceLevel.ADVANCED));
    plans.changeActivity(
        activityId,
        new ActivityDetails(
            secondGoal, "Classroom-perehdytys", "Kaikki", "Syksy", "T", BigDecimal.TEN));
    PlanProgress moved = page().progress();
    assertEquals(0, new BigDecimal("0.75").compareTo(moved.goals().get(0).done()));
    assertEquals(0, new BigDecimal("1.5").compareTo(moved.goals().get(1).done()));
    refusedWith("plan.goalLogged", () -> plans.removeGoal(secondGoal));
    plans.changeActivity(
        activityId,
        new ActivityDetails(
            goalId, "Classroom-perehdytys", "Kaikki", "Syksy", "T", BigDecimal.TEN));
    plans.removeGoal(secondGoal);

    signInAs.user(staff.otherTutor());
    assertThrows(AccessDeniedException.class, () -> log.remove(unlinked));
    LogDetails foreignGoal = entry(clock.today(), "1", goalId, null);
    foreignGoal.setSchoolId(logEntries.myPlaces().get(0).school().getId());
    refusedWith("log.notThisPlan", () -> log.log(year, foreignGoal));

    signInAs.user(staff.tutor());
    LogDetails changed = entry(clock.today(), "2", goalId, null);
    log.change(unlinked, changed);
    assertEquals(0, new BigDecimal("4.25").compareTo(page().progress().goals().get(0).done()));
    log.remove(unlinked);
    assertEquals(2, logEntries.countMine(year));
    assertEquals(planId, page().plan().getId());

    signInAs.user(staff.principal());
    assertEquals(
        2, logEntries.countSchoolEntries(staff.schoolId(), year), "the principal reads the log");
    signInAs.user(staff.otherTutor());
    assertThrows(
        AccessDeniedException.class, () -> logEntries.countSchoolEntries(staff.schoolId(), year));
  }

  @Test
  @DisplayName(
      "A day outside the log's school year is refused, written or changed: nothing saved,"
          + " not even in the year before's log")
  void logKeepsToItsSchoolYear() {
    signInAs.user(staff.tutor());
    // The tutor was the school's tutor the year before too: only the log's year refuses the day.
    java.time.LocalDate yearBefore = year.firstDay().minusDays(1);
    refusedWith("log.outsideYear", () -> log.log(year, entry(yearBefore, "1", null, null)));
    assertEquals(0, logEntries.countMine(year));
    assertEquals(0, logEntries.countMine(year.previous()), "nor kept in the year before's log");

    Long written = log.log(year, entry(clock.today(), "1", null, null));
    refusedWith("log.outsideYear", () -> log.change(written, entry(yearBefore, "2", null, null)));
    ActivityLogEntry kept = log.mine(written);
    assertEquals(clock.today(), kept.getDoneOn(), "the refused change saved nothing");
    assertEquals(0, BigDecimal.ONE.compareTo(kept.getHours()));
    assertEquals(1, logEntries.countMine(year));
    assertEquals(0, logEntries.countMine(year.previous()));
  }

  @Test
  @DisplayName("The coordinator sees a missing plan flagged, the standing change, and the CSV")
  void coordinatorOverview() {
    signInAs.coordinator("HELSINKI");
    long missing = queries.countCityPlans("HELSINKI", year, PlanStanding.MISSING);
    var standings = queries.cityStandings("HELSINKI", year);
    assertEquals(missing, standings.get(PlanStanding.MISSING));
    assertEquals(
        queries.countCityPlans("HELSINKI", year, PlanStanding.DRAFT),
        standings.get(PlanStanding.DRAFT));
    assertEquals(
        queries.countCityPlans("HELSINKI", year, null),
        standings.values().stream().mapToLong(Long::longValue).sum());
    CityPlanRow row = rowOfTestSchool();
    assertEquals(PlanStanding.MISSING, row.standing());
    assertEquals(clock.today().isAfter(TutorPlan.dueDate(year)), row.late());

    writtenPlan();
    signInAs.coordinator("HELSINKI");
    assertEquals(missing - 1, queries.countCityPlans("HELSINKI", year, PlanStanding.MISSING));
    assertEquals(PlanStanding.DRAFT, rowOfTestSchool().standing());
    signInAs.user(staff.tutor());
    log.log(year, entry(clock.today(), "2.5", null, null));
    signInAs.coordinator("HELSINKI");
    assertEquals(0, new BigDecimal("2.5").compareTo(rowOfTestSchool().totalHours()));
    String csv =
        new String(
            ExcelCsv.write(queries.cityPlansTable("HELSINKI", year)), StandardCharsets.UTF_8);
    assertTrue(
        csv.lines().anyMatch(line -> line.startsWith("Testikoulu") && line.contains("DRAFT")), csv);

    signInAs.coordinator("ESPOO");
    assertThrows(AccessDeniedException.class, () -> queries.countCityPlans("HELSINKI", year, null));
    signInAs.user(staff.tutor());
    assertThrows(AccessDeniedException.class, () -> queries.countCityPlans("HELSINKI", year, null));
  }

  @Test
  @DisplayName("Mentors and every city's coordinator read the network meetings of all three cities")
  void mentorNetworkActivity() {
    signInAs.user("mentor");
    assertTrue(
        logEntries.countNetworkMeetings("ESPOO", year) > 0, "Espoo's mentors' meetings are seen");
    assertTrue(logEntries.countNetworkMeetings("VANTAA", year) > 0);
    assertEquals(3, logEntries.mentorActivityByCity(year).size());
    assertTrue(
        logEntries.networkMeetings(null, year, 0, 25).stream()
            .allMatch(e -> e.getType() == ActivityType.NETWORK_MEETING));
    signInAs.coordinator("VANTAA");
    assertTrue(logEntries.countNetworkMeetings("HELSINKI", year) > 0);
    signInAs.user(staff.tutor());
    assertThrows(AccessDeniedException.class, () -> logEntries.countNetworkMeetings(null, year));
  }

  private LogDetails entry(java.time.LocalDate day, String hours, Long goalId, Long activityId) {
    LogDetails details = new LogDetails();
    details.setSchoolId(staff.schoolId());
    details.setRole(SchoolRole.TUTOR);
    details.setDoneOn(day);
    details.setHours(new BigDecimal(hours));
    details.setType(ActivityType.WORKSHOP);
    details.setColleagues(5);
    details.setTopic("Classroom");
    details.setGoalId(goalId);
    details.setPlanActivityId(activityId);
    return details;
  }

  private PlanStanding standingOfTestSchool() {
    signInAs.coordinator("HELSINKI");
    return rowOfTestSchool().standing();
  }

  private CityPlanRow rowOfTestSchool() {
    Supplier<List<CityPlanRow>> all =
        () -> queries.cityPlans("HELSINKI", year, null, 0, Integer.MAX_VALUE);
    return all.get().stream()
        .filter(r -> r.school().getId().equals(staff.schoolId()))
        .findFirst()
        .orElseThrow();
  }
}
