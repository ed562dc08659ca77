package fi.opeverkko.web.plans;

import fi.opeverkko.plans.ActivityDetails;
import fi.opeverkko.plans.ActivityLogEntry;
import fi.opeverkko.plans.ActivityLogQueries;
import fi.opeverkko.plans.CompetenceLevel;
import fi.opeverkko.plans.GoalDetails;
import fi.opeverkko.plans.MonthTotal;
import fi.opeverkko.plans.PlanActivity;
import fi.opeverkko.plans.PlanBasics;
import fi.opeverkko.plans.PlanGoal;
import fi.opeverkko.plans.PlanPage;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * A school's tutor activity plan: the tutors write it (texts, goals, activities) and submit it, the
 * principal returns or approves it, everybody who may read it sees its history, versions, progress
 * against the log, and the school's log.
 */
@Named
@ViewScoped
public class PlanView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanQueries queries;
  @Inject private PlanService plans;
  @Inject private ActivityLogQueries log;
  @Inject private Actions actions;

  private Long schoolId;
  private Integer year;
  private PlanPage page;
  private PlanBasics basics = new PlanBasics();
  private GoalDetails goal = new GoalDetails();
  private Long editedGoalId;
  private ActivityDetails activity = new ActivityDetails();
  private Long editedActivityId;
  private String comment;
  private List<MonthTotal> monthlyTotals = List.of();

  private final LazyDataModel<ActivityLogEntry> schoolLog =
      new PagedModel<>(
          () -> log.countSchoolEntries(schoolId, page.year()),
          (first, size) -> log.schoolEntries(schoolId, page.year(), first, size),
          ActivityLogEntry::getId);

  public void load() throws IOException {
    page = PlanPages.openOrNotFound(queries, schoolId, year);
    if (page == null) {
      return;
    }
    if (page.plan() != null) {
      basics = new PlanBasics(page.plan().getStartingPoint(), page.plan().getFollowUp());
    }
    monthlyTotals = log.schoolMonthlyTotals(schoolId, page.year());
  }

  /** One use case; the page shows the outcome or what was wrong, then the plan as it now is. */
  private boolean step(Runnable action, String doneKey) throws IOException {
    boolean done = actions.run(action, doneKey);
    if (done) {
      load();
    }
    return done;
  }

  public void start(boolean copyLastYear) throws IOException {
    step(() -> plans.start(schoolId, copyLastYear), "plan.started");
  }

  public void saveBasics() throws IOException {
    long seen = page.plan().getVersion();
    PlanBasics edited = basics;
    step(() -> plans.saveBasics(page.plan().getId(), seen, edited), "plan.saved");
  }

  public void saveGoal() throws IOException {
    Long planId = page.plan().getId();
    boolean saved =
        step(
            () -> {
              if (editedGoalId == null) {
                plans.addGoal(planId, goal);
              } else {
                plans.changeGoal(editedGoalId, goal);
              }
            },
            "plan.goalSaved");
    if (saved) {
      cancelGoal();
    }
  }

  public void editGoal(PlanGoal edited) {
    editedGoalId = edited.getId();
    goal = new GoalDetails(edited.getDescription(), edited.getLevel());
  }

  public void cancelGoal() {
    editedGoalId = null;
    goal = new GoalDetails();
  }

  public void removeGoal(PlanGoal removed) throws IOException {
    step(() -> plans.removeGoal(removed.getId()), "plan.goalRemoved");
  }

  public void saveActivity() throws IOException {
    Long planId = page.plan().getId();
    boolean saved =
        step(
            () -> {
              if (editedActivityId == null) {
                plans.addActivity(planId, activity);
              } else {
                plans.changeActivity(editedActivityId, activity);
              }
            },
            "plan.activitySaved");
    if (saved) {
      cancelActivity();
    }
  }

  public void editActivity(PlanActivity edited) {
    editedActivityId = edited.getId();
    activity = edited.details(null);
  }

  public void cancelActivity() {
    editedActivityId = null;
    activity = new ActivityDetails();
  }

  public void removeActivity(PlanActivity removed) throws IOException {
    step(() -> plans.removeActivity(removed.getId()), "plan.activityRemoved");
  }

  public void submit() throws IOException {
    if (step(() -> plans.submit(page.plan().getId(), comment), "plan.submitted")) {
      comment = null;
    }
  }

  public void returnToTutors() throws IOException {
    if (step(() -> plans.returnToTutors(page.plan().getId(), comment), "plan.returned")) {
      comment = null;
    }
  }

  public void approve() throws IOException {
    if (step(() -> plans.approve(page.plan().getId(), comment), "plan.approved")) {
      comment = null;
    }
  }

  public CompetenceLevel[] getLevels() {
    return CompetenceLevel.values();
  }

  public PlanPage getPage() {
    return page;
  }

  public LazyDataModel<ActivityLogEntry> getSchoolLog() {
    return schoolLog;
  }

  public List<MonthTotal> getMonthlyTotals() {
    return monthlyTotals;
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public PlanBasics getBasics() {
    return basics;
  }

  public GoalDetails getGoal() {
    return goal;
  }

  public Long getEditedGoalId() {
    return editedGoalId;
  }

  public ActivityDetails getActivity() {
    return activity;
  }

  public Long getEditedActivityId() {
    return editedActivityId;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
