package fi.opeverkko.demo;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.plans.ActivityType;
import fi.opeverkko.plans.CompetenceLevel;
import fi.opeverkko.plans.GoalDetails;
import fi.opeverkko.plans.LogDetails;
import fi.opeverkko.plans.PlanAction;
import fi.opeverkko.plans.PlanActivity;
import fi.opeverkko.plans.PlanReplay;
import fi.opeverkko.plans.PlanSnapshot;
import fi.opeverkko.plans.PlanStatus;
import fi.opeverkko.plans.TutorPlan;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Tutor plans and activity logs made up for the demo network and for measuring the pages with many
 * of them: each plan is walked through its real life ({@link PlanReplay}: the same steps as the
 * services) with back-dated times, so its history and versions read as if they had happened.
 */
public final class PlanSamples {

  /** The path to each status, in the order of the plan's life. */
  private static final Map<PlanStatus, List<PlanAction>> PATHS =
      Map.of(
          PlanStatus.DRAFT, List.of(),
          PlanStatus.SUBMITTED, List.of(PlanAction.SUBMIT),
          PlanStatus.RETURNED, List.of(PlanAction.SUBMIT, PlanAction.RETURN),
          PlanStatus.APPROVED,
              List.of(PlanAction.SUBMIT, PlanAction.RETURN, PlanAction.SUBMIT, PlanAction.APPROVE));

  private static final String STARTING_POINT =
      "Koulussa on hyvät laitteet, mutta niiden käyttö vaihtelee opettajittain."
          + " Kyselyn mukaan kolmannes opettajista kaipaa tukea oppimisympäristön käyttöön.";

  private static final String FOLLOW_UP =
      "Tutorit kirjaavat toimintansa lokiin; tilanne käydään läpi rehtorin kanssa"
          + " joulukuussa ja toukokuussa.";

  private static final List<GoalDetails> GOALS =
      List.of(
          new GoalDetails(
              "Jokainen opettaja käyttää koulun oppimisympäristöä arjen opetuksessa",
              CompetenceLevel.BASIC),
          new GoalDetails(
              "Ohjelmointi ja robotiikka osaksi 3.–6. luokkien opetusta", CompetenceLevel.ADVANCED),
          new GoalDetails(
              "Opettajat suunnittelevat ja jakavat ilmiöpohjaisia digiprojekteja",
              CompetenceLevel.DEVELOPER));

  /** Each goal's activities: what, for whom, when, planned hours; led by the plan's tutor. */
  private static final List<List<String[]>> ACTIVITIES =
      List.of(
          List.of(
              new String[] {"Oppimisympäristön perehdytys", "Koko henkilöstö", "Elokuu", "20"},
              new String[] {
                "Välkkätuki opettajainhuoneessa", "Kaikki opettajat", "Syys–toukokuu", "30"
              }),
          List.of(
              new String[] {"Robotiikkapaja", "3.–6. luokkien opettajat", "Lokakuu", "12"},
              new String[] {
                "Samanaikaisopetus ohjelmoinnissa", "4. luokat", "Marras–maaliskuu", "24"
              }),
          List.<String[]>of(
              new String[] {
                "Digiprojektien suunnittelutyöpaja", "Tiimien vetäjät", "Tammikuu", "8"
              }));

  private static final List<String> TOPICS =
      List.of(
          "Tehtävän luominen oppimisympäristöön",
          "Robotiikkapaja 4B",
          "Ohjelmointitunti yhdessä luokanopettajan kanssa",
          "Verkkokokous tutorverkostossa",
          "Tekoäly opettajan apuna",
          "Digitaalinen arviointi",
          "Esitystyökalut oppilaiden projekteissa");

  private static final List<ActivityType> TYPES =
      List.of(
          ActivityType.ONE_TO_ONE,
          ActivityType.WORKSHOP,
          ActivityType.CO_TEACHING,
          ActivityType.NETWORK_MEETING,
          ActivityType.SELF_STUDY,
          ActivityType.ONE_TO_ONE,
          ActivityType.PLANNING);

  private final PlanReplay replay;
  private final LocalDate today;

  public PlanSamples(EntityManager em, LocalDate today) {
    this.replay = new PlanReplay(em);
    this.today = today;
  }

  /** A school's plan of a year, taken along its life to the status; tutor and principal act. */
  public TutorPlan plan(
      School school, SchoolYear year, PlanStatus status, String tutor, String principal) {
    LocalDateTime at = year.firstDay().plusDays(15).atTime(14, 0);
    TutorPlan plan = replay.start(school, year, contents(tutor), tutor, at);
    for (PlanAction action : PATHS.get(status)) {
      at = at.plusDays(4);
      String actor = action == PlanAction.SUBMIT ? tutor : principal;
      String comment =
          action == PlanAction.RETURN
              ? "Lisätkää tavoitteisiin, miten seuraatte ohjelmoinnin etenemistä luokittain."
              : null;
      replay.step(plan, action, actor, comment, at);
    }
    return plan;
  }

  /**
   * A year of a person's log in a role, two entries a school week from the start of the school year
   * until today (or the year's end), linked to the plan's activities when there is a plan.
   */
  public void log(
      Person person, School school, SchoolRole role, SchoolYear year, TutorPlan plan, int seed) {
    LocalDate last = today.isBefore(year.lastDay()) ? today.minusDays(1) : year.lastDay();
    int n = seed;
    for (LocalDate day = year.firstDay().plusDays(10); !day.isAfter(last); day = day.plusDays(1)) {
      boolean schoolDay =
          day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY;
      if (!schoolDay || day.getMonth() == Month.JULY || day.getMonth() == Month.JUNE) {
        continue;
      }
      n++;
      LogDetails details = new LogDetails();
      details.setSchoolId(school.getId());
      details.setRole(role);
      details.setDoneOn(day);
      details.setHours(BigDecimal.valueOf(30 + 15 * (n % 7)).divide(BigDecimal.valueOf(60)));
      ActivityType type =
          role == SchoolRole.MENTOR && n % 3 == 0
              ? ActivityType.NETWORK_MEETING
              : TYPES.get(n % TYPES.size());
      details.setType(type);
      details.setColleagues(type == ActivityType.SELF_STUDY ? 0 : 1 + n % 8);
      details.setTopic(TOPICS.get(n % TOPICS.size()));
      PlanActivity activity =
          plan == null || n % 4 == 0
              ? null
              : plan.getActivities().get(n % plan.getActivities().size());
      replay.log(person, school, details, activity, day.atTime(16, 0));
    }
  }

  /** The plan's texts, goals and activities as its tutor writes them. */
  private static PlanSnapshot contents(String tutor) {
    List<PlanSnapshot.Goal> goals = new ArrayList<>();
    for (int g = 0; g < GOALS.size(); g++) {
      List<PlanSnapshot.Activity> activities =
          ACTIVITIES.get(g).stream()
              .map(a -> new PlanSnapshot.Activity(a[0], a[1], a[2], tutor, new BigDecimal(a[3])))
              .toList();
      goals.add(
          new PlanSnapshot.Goal(
              GOALS.get(g).getDescription(), GOALS.get(g).getLevel(), activities));
    }
    return new PlanSnapshot(STARTING_POINT, FOLLOW_UP, goals);
  }
}
