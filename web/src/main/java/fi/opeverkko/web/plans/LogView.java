package fi.opeverkko.web.plans;

import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.plans.ActivityLogEntry;
import fi.opeverkko.plans.ActivityLogQueries;
import fi.opeverkko.plans.ActivityLogService;
import fi.opeverkko.plans.ActivityType;
import fi.opeverkko.plans.LogDetails;
import fi.opeverkko.plans.LogPlace;
import fi.opeverkko.plans.MonthTotal;
import fi.opeverkko.plans.PlanActivity;
import fi.opeverkko.plans.PlanGoal;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Tables;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The user's own activity log: a quick entry at the top (the day, hours and type have defaults, so
 * a topic and a click will do), their entries of the year with editing, and totals per month.
 */
@Named
@ViewScoped
public class LogView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What a tutor's entry serves, as the select writes it: a goal or a planned activity. */
  private static final String GOAL = "g";

  private static final String ACTIVITY = "a";

  @Inject private ActivityLogService log;
  @Inject private ActivityLogQueries logEntries;
  @Inject private Texts texts;
  @Inject private Actions actions;
  @Inject private LanguageSwitch language;
  @Inject private Clock clock;

  private SchoolYear year;
  private List<LogPlace> places;
  private List<MonthTotal> monthlyTotals;
  private LogDetails entry;
  private String place;
  private String serves;
  private Long editedEntryId;

  private final LazyDataModel<ActivityLogEntry> entries =
      new PagedModel<>(
          () -> logEntries.countMine(year),
          (first, size) -> logEntries.myEntries(year, first, size),
          ActivityLogEntry::getId);

  @PostConstruct
  void load() {
    places = logEntries.myPlaces();
    year = clock.currentSchoolYear();
    monthlyTotals = logEntries.myMonthlyTotals(year);
    newEntry();
  }

  private void newEntry() {
    editedEntryId = null;
    entry = new LogDetails();
    entry.setDoneOn(clock.today());
    entry.setHours(BigDecimal.ONE);
    entry.setType(ActivityType.ONE_TO_ONE);
    entry.setColleagues(1);
    place = places.isEmpty() ? null : key(places.get(0));
    serves = null;
  }

  public void save() {
    LogPlace chosen = chosenPlace();
    if (chosen == null) {
      texts.errorKey("log.choosePlace");
      return;
    }
    entry.setSchoolId(chosen.school().getId());
    entry.setRole(chosen.role());
    boolean tutor = chosen.role() == SchoolRole.TUTOR && serves != null && !serves.isBlank();
    entry.setGoalId(tutor && serves.startsWith(GOAL) ? Long.valueOf(serves.substring(1)) : null);
    entry.setPlanActivityId(
        tutor && serves.startsWith(ACTIVITY) ? Long.valueOf(serves.substring(1)) : null);
    boolean saved =
        actions.run(
            () -> {
              if (editedEntryId == null) {
                log.log(year, entry);
              } else {
                log.change(editedEntryId, entry);
              }
            },
            "log.saved");
    if (saved) {
      refresh();
      newEntry();
    }
  }

  public void edit(ActivityLogEntry shown) {
    actions
        .call(() -> log.mine(shown.getId()))
        .ifPresent(
            mine -> {
              editedEntryId = mine.getId();
              entry = mine.details();
              place = entry.getSchoolId() + ":" + entry.getRole();
              serves =
                  entry.getPlanActivityId() != null
                      ? ACTIVITY + entry.getPlanActivityId()
                      : entry.getGoalId() != null ? GOAL + entry.getGoalId() : null;
            });
  }

  public void cancelEdit() {
    newEntry();
  }

  public void remove(ActivityLogEntry shown) {
    if (actions.run(() -> log.remove(shown.getId()), "log.removed")) {
      refresh();
      if (shown.getId().equals(editedEntryId)) {
        newEntry();
      }
    }
  }

  private void refresh() {
    monthlyTotals = logEntries.myMonthlyTotals(year);
    Tables.firstPage(":logForm:entries");
  }

  private LogPlace chosenPlace() {
    return places.stream().filter(p -> key(p).equals(place)).findFirst().orElse(null);
  }

  private static String key(LogPlace logPlace) {
    return logPlace.school().getId() + ":" + logPlace.role();
  }

  /** The places to choose from: "Kallion peruskoulu – tutor teacher". */
  public List<SelectItem> getPlaceItems() {
    return places.stream()
        .map(
            p ->
                new SelectItem(
                    key(p),
                    p.school().name(language.getLocale())
                        + " – "
                        + texts.get("schoolRole." + p.role().name())))
        .toList();
  }

  /** For a tutor: the plan's goals, each followed by its planned activities. */
  public List<SelectItem> getServesItems() {
    LogPlace chosen = chosenPlace();
    if (chosen == null || chosen.role() != SchoolRole.TUTOR) {
      return List.of();
    }
    List<SelectItem> items = new ArrayList<>();
    int n = 0;
    for (PlanGoal goal : chosen.goals()) {
      n++;
      List<SelectItem> options = new ArrayList<>();
      options.add(new SelectItem(GOAL + goal.getId(), texts.get("log.goalItself", n)));
      for (PlanActivity activity : chosen.activitiesOf(goal)) {
        options.add(new SelectItem(ACTIVITY + activity.getId(), activity.getWhat()));
      }
      SelectItemGroup group = new SelectItemGroup(n + ". " + goal.getDescription());
      group.setSelectItems(options.toArray(SelectItem[]::new));
      items.add(group);
    }
    return items;
  }

  public boolean isTutorPlace() {
    LogPlace chosen = chosenPlace();
    return chosen != null && chosen.role() == SchoolRole.TUTOR && !chosen.goals().isEmpty();
  }

  public ActivityType[] getTypes() {
    return ActivityType.values();
  }

  public boolean isLogger() {
    return !places.isEmpty();
  }

  public LazyDataModel<ActivityLogEntry> getEntries() {
    return entries;
  }

  public List<MonthTotal> getMonthlyTotals() {
    return monthlyTotals;
  }

  public SchoolYear getSchoolYear() {
    return year;
  }

  public LogDetails getEntry() {
    return entry;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getServes() {
    return serves;
  }

  public void setServes(String serves) {
    this.serves = serves;
  }

  public Long getEditedEntryId() {
    return editedEntryId;
  }
}
