package fi.opeverkko.plans;

import fi.opeverkko.network.School;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A comprehensive school's tutor activity plan for one school year: written by the school's tutor
 * teachers together, approved by the principal. Its contents change only while it is a draft or
 * returned; every submitted version is kept as a {@link PlanVersion}.
 */
@Entity
@Table(name = "tutor_plan")
@NamedQuery(
    name = TutorPlan.OF_SCHOOL_IN_YEAR,
    query =
        "SELECT p FROM TutorPlan p JOIN FETCH p.school s JOIN FETCH s.city"
            + " WHERE p.school.id = :school AND p.schoolYear = :year")
public class TutorPlan implements Serializable {

  static final String OF_SCHOOL_IN_YEAR = "TutorPlan.ofSchoolInYear";

  @Id
  @SequenceGenerator(name = "tutor_plan_seq", sequenceName = "tutor_plan_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tutor_plan_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  private PlanStatus status = PlanStatus.DRAFT;

  @Column(name = "starting_point")
  private String startingPoint;

  @Column(name = "follow_up")
  private String followUp;

  /** How many times the plan has been submitted: the number of its latest version. */
  @Column(name = "submitted_versions")
  private int submittedVersions;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "approved_at")
  private LocalDateTime approvedAt;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PlanGoal> goals = new ArrayList<>();

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<PlanActivity> activities = new ArrayList<>();

  @Version private long version;

  protected TutorPlan() {}

  /**
   * By when a school's plan should be approved: the end of September, once the tutors of the new
   * school year are known and have met their principal.
   */
  public static LocalDate dueDate(SchoolYear year) {
    return year.firstDay().plusMonths(1).withDayOfMonth(30);
  }

  /** Whether a school with this plan (or none) is late on the given day. */
  static boolean late(TutorPlan plan, SchoolYear year, LocalDate today) {
    boolean approved = plan != null && plan.status == PlanStatus.APPROVED;
    return !approved && today.isAfter(dueDate(year));
  }

  TutorPlan(School school, SchoolYear schoolYear, LocalDateTime now) {
    this.school = school;
    this.schoolYear = schoolYear;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes last year's texts, goals and activities as the starting draft of this year's plan. */
  void copyContentsOf(TutorPlan earlier) {
    startingPoint = earlier.startingPoint;
    followUp = earlier.followUp;
    for (PlanGoal goal : earlier.goals) {
      PlanGoal copy = addGoal(new GoalDetails(goal.getDescription(), goal.getLevel()), updatedAt);
      for (PlanActivity activity : earlier.activitiesOf(goal)) {
        addActivity(copy, activity.details(null), updatedAt);
      }
    }
  }

  void change(PlanBasics basics, LocalDateTime now) {
    requireEditable();
    startingPoint = blankToNull(basics.getStartingPoint());
    followUp = blankToNull(basics.getFollowUp());
    updatedAt = now;
  }

  PlanGoal addGoal(GoalDetails details, LocalDateTime now) {
    requireEditable();
    PlanGoal goal = new PlanGoal(this, nextPosition(goals), details);
    goals.add(goal);
    updatedAt = now;
    return goal;
  }

  void removeGoal(PlanGoal goal, LocalDateTime now) {
    requireEditable();
    activities.removeIf(activity -> activity.getGoal().equals(goal));
    goals.remove(goal);
    updatedAt = now;
  }

  PlanActivity addActivity(PlanGoal goal, ActivityDetails details, LocalDateTime now) {
    requireEditable();
    PlanActivity activity = new PlanActivity(this, goal, nextPosition(activities), details);
    activities.add(activity);
    updatedAt = now;
    return activity;
  }

  void removeActivity(PlanActivity activity, LocalDateTime now) {
    requireEditable();
    activities.remove(activity);
    updatedAt = now;
  }

  /** Takes the plan one step on; refuses a step its status does not allow. */
  PlanStatus step(PlanAction action, LocalDateTime now) {
    PlanStatus before = status;
    status = status.after(action);
    if (action == PlanAction.SUBMIT) {
      if (goals.isEmpty() || activities.isEmpty()) {
        throw new PlanRuleException("plan.incomplete");
      }
      submittedVersions++;
    }
    if (action == PlanAction.APPROVE) {
      approvedAt = now;
    }
    updatedAt = now;
    return before;
  }

  void touch(LocalDateTime now) {
    requireEditable();
    updatedAt = now;
  }

  void requireEditable() {
    if (!status.editable()) {
      throw new PlanRuleException("plan.notEditable", status);
    }
  }

  /** The plan's contents as they stand, for the version kept at submission. */
  public PlanSnapshot snapshot() {
    return new PlanSnapshot(
        startingPoint,
        followUp,
        goals.stream()
            .map(
                goal ->
                    new PlanSnapshot.Goal(
                        goal.getDescription(),
                        goal.getLevel(),
                        activitiesOf(goal).stream()
                            .map(
                                a ->
                                    new PlanSnapshot.Activity(
                                        a.getWhat(),
                                        a.getAudience(),
                                        a.getTiming(),
                                        a.getLedBy(),
                                        a.getPlannedHours()))
                            .toList()))
            .toList());
  }

  public List<PlanActivity> activitiesOf(PlanGoal goal) {
    return activities.stream().filter(a -> a.getGoal().equals(goal)).toList();
  }

  public BigDecimal plannedHours() {
    return activities.stream()
        .map(PlanActivity::getPlannedHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static int nextPosition(List<? extends Positioned> items) {
    return items.stream().mapToInt(Positioned::getPosition).max().orElse(0) + 1;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public School getSchool() {
    return school;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public PlanStatus getStatus() {
    return status;
  }

  public String getStartingPoint() {
    return startingPoint;
  }

  public String getFollowUp() {
    return followUp;
  }

  public int getSubmittedVersions() {
    return submittedVersions;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public LocalDateTime getApprovedAt() {
    return approvedAt;
  }

  public List<PlanGoal> getGoals() {
    return Collections.unmodifiableList(goals);
  }

  public List<PlanActivity> getActivities() {
    return Collections.unmodifiableList(activities);
  }

  public long getVersion() {
    return version;
  }
}
