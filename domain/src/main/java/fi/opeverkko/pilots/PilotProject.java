package fi.opeverkko.pilots;

import fi.opeverkko.library.DevelopmentArea;
import fi.opeverkko.network.School;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A pilot school's development project of one school year in one of the five areas: written by the
 * principal and the project's teachers, accepted by the city's coordinator. A school is a pilot in
 * the years it has a project.
 */
@Entity
@Table(name = "pilot_project")
@NamedQuery(
    name = PilotProject.OF_SCHOOL_IN_YEAR,
    query =
        "SELECT p FROM PilotProject p JOIN FETCH p.school s JOIN FETCH s.city"
            + " WHERE s.id = :school AND p.schoolYear = :year")
public class PilotProject {

  static final String OF_SCHOOL_IN_YEAR = "PilotProject.ofSchoolInYear";

  @Id
  @SequenceGenerator(
      name = "pilot_project_seq",
      sequenceName = "pilot_project_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pilot_project_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Enumerated(EnumType.STRING)
  private DevelopmentArea area;

  @Enumerated(EnumType.STRING)
  private PilotState state = PilotState.DRAFT;

  private String title;
  private String goals;
  private String actions;

  @Column(name = "return_comment")
  private String returnComment;

  @ElementCollection
  @CollectionTable(name = "pilot_teacher", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "person_id")
  private Set<Long> teacherIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "pilot_milestone", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<Milestone> milestones = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "pilot_budget_line", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<BudgetLine> budget = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "pilot_outcome", joinColumns = @JoinColumn(name = "project_id"))
  @OrderBy("publishedAt")
  private List<PublishedOutcome> outcomes = new ArrayList<>();

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "accepted_at")
  private LocalDateTime acceptedAt;

  @Version private long version;

  protected PilotProject() {}

  PilotProject(School school, SchoolYear schoolYear, DevelopmentArea area, LocalDateTime now) {
    this.school = school;
    this.schoolYear = schoolYear;
    this.area = area;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Replaces the contents with what the school wrote; the teachers are checked by the caller. */
  void write(DevelopmentArea newArea, ProjectContents contents, LocalDateTime now) {
    if (!state.editable()) {
      throw new PilotRuleException("pilot.notEditable");
    }
    area = newArea;
    title = blankToNull(contents.getTitle());
    goals = blankToNull(contents.getGoals());
    actions = blankToNull(contents.getActions());
    teacherIds.clear();
    teacherIds.addAll(contents.getTeacherIds());
    milestones.clear();
    contents.getMilestones().stream()
        .sorted(Comparator.comparing(Milestone::getDueOn))
        .map(Milestone::copy)
        .forEach(milestones::add);
    budget.clear();
    contents.getBudget().stream().map(BudgetLine::copy).forEach(budget::add);
    updatedAt = now;
  }

  void submit(LocalDateTime now) {
    requireComplete();
    state = state.afterSubmit();
    returnComment = null;
    updatedAt = now;
  }

  void decide(boolean accepted, String comment, LocalDateTime now) {
    state = state.afterDecision(accepted);
    returnComment = accepted ? null : comment;
    acceptedAt = accepted ? now : null;
    updatedAt = now;
  }

  /** What the coordinator needs to decide on: every text, a teacher and a step of the timetable. */
  private void requireComplete() {
    if (title == null || goals == null || actions == null) {
      throw new PilotRuleException("pilot.incomplete");
    }
    if (teacherIds.isEmpty()) {
      throw new PilotRuleException("pilot.noTeachers");
    }
    if (milestones.isEmpty()) {
      throw new PilotRuleException("pilot.noTimetable");
    }
  }

  /** Keeps the library item an outcome of the accepted project was published as. */
  void published(long itemId, String itemTitle, LocalDateTime now) {
    if (state != PilotState.ACCEPTED) {
      throw new PilotRuleException("pilot.notAccepted");
    }
    outcomes.add(new PublishedOutcome(itemId, itemTitle, now));
  }

  public BigDecimal budgetTotal() {
    return budget.stream().map(BudgetLine::getEuros).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** The contents as the form edits them: copies, so the form never changes the entity. */
  ProjectContents contents() {
    return new ProjectContents(
        title,
        goals,
        actions,
        List.copyOf(teacherIds),
        milestones.stream().map(Milestone::copy).toList(),
        budget.stream().map(BudgetLine::copy).toList());
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

  public DevelopmentArea getArea() {
    return area;
  }

  public PilotState getState() {
    return state;
  }

  public String getReturnComment() {
    return returnComment;
  }

  public Set<Long> getTeacherIds() {
    return Collections.unmodifiableSet(teacherIds);
  }

  public List<Milestone> getMilestones() {
    return Collections.unmodifiableList(milestones);
  }

  public List<BudgetLine> getBudget() {
    return Collections.unmodifiableList(budget);
  }

  public List<PublishedOutcome> getOutcomes() {
    return Collections.unmodifiableList(outcomes);
  }

  public String getTitle() {
    return title;
  }

  public String getGoals() {
    return goals;
  }

  public String getActions() {
    return actions;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }

  public long getVersion() {
    return version;
  }
}
