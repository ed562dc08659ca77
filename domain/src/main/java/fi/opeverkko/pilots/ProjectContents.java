package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the school writes of its project, saved as a whole: the texts may be unfinished in a draft;
 * submitting asks for all of them ({@link PilotProject#requireComplete}).
 */
@Published
public class ProjectContents implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 200)
  private String title;

  @Size(max = 4000)
  private String goals;

  @Size(max = 4000)
  private String actions;

  @NotNull private List<Long> teacherIds = new ArrayList<>();

  @NotNull @Valid private List<Milestone> milestones = new ArrayList<>();

  @NotNull @Valid private List<BudgetLine> budget = new ArrayList<>();

  public ProjectContents() {}

  public ProjectContents(
      String title,
      String goals,
      String actions,
      List<Long> teacherIds,
      List<Milestone> milestones,
      List<BudgetLine> budget) {
    this.title = title;
    this.goals = goals;
    this.actions = actions;
    this.teacherIds = new ArrayList<>(teacherIds);
    this.milestones = new ArrayList<>(milestones);
    this.budget = new ArrayList<>(budget);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getGoals() {
    return goals;
  }

  public void setGoals(String goals) {
    this.goals = goals;
  }

  public String getActions() {
    return actions;
  }

  public void setActions(String actions) {
    this.actions = actions;
  }

  public List<Long> getTeacherIds() {
    return teacherIds;
  }

  public void setTeacherIds(List<Long> teacherIds) {
    this.teacherIds = teacherIds;
  }

  public List<Milestone> getMilestones() {
    return milestones;
  }

  public List<BudgetLine> getBudget() {
    return budget;
  }
}
