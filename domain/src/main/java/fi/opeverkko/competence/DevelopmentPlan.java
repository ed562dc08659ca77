package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import fi.opeverkko.platform.EnumSetColumn;
import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A teacher's personal development plan for a school year: the level and badges they aim at and how
 * (a course, a network, a project, self-study), agreed with their principal in a development
 * discussion whose day and agreed points the principal records. One plan a person and year; the
 * teacher may keep changing it after the discussion, the discussion's record stays as written.
 */
@Entity
@Table(name = "development_plan")
public class DevelopmentPlan {

  static final int TEXT_MAX_LENGTH = 4000;

  @Id
  @SequenceGenerator(
      name = "development_plan_seq",
      sequenceName = "development_plan_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "development_plan_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Column(name = "target_level")
  private Level targetLevel;

  @ManyToMany
  @JoinTable(
      name = "development_plan_badge",
      joinColumns = @JoinColumn(name = "plan_id"),
      inverseJoinColumns = @JoinColumn(name = "badge_id"))
  private Set<Badge> targetBadges = new HashSet<>();

  /** {@link DevelopmentWay}s in one column: read and written only with the plan. */
  private String ways;

  private String description;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Column(name = "discussed_on")
  private LocalDate discussedOn;

  @Column(name = "agreed_points")
  private String agreedPoints;

  @Column(name = "discussed_by")
  private String discussedBy;

  @Version private long version;

  protected DevelopmentPlan() {}

  DevelopmentPlan(Person person, SchoolYear schoolYear) {
    this.person = person;
    this.schoolYear = schoolYear;
  }

  /**
   * Takes what the teacher wrote: a target level, at least one way, current badges only.
   *
   * @param badges the badges the details name, found
   */
  void write(DevelopmentPlanDetails details, List<Badge> badges, LocalDateTime now) {
    if (details.targetLevel() == null) {
      throw new CompetenceRuleException("competence.planLevelRequired");
    }
    if (details.ways().isEmpty()) {
      throw new CompetenceRuleException("competence.planWayRequired");
    }
    String text = Blanks.toNull(details.description());
    if (text != null && text.length() > TEXT_MAX_LENGTH) {
      throw new CompetenceRuleException("competence.descriptionTooLong", TEXT_MAX_LENGTH);
    }
    badges.forEach(Badge::requireCurrent);
    targetLevel = details.targetLevel();
    ways = EnumSetColumn.join(details.ways());
    description = text;
    targetBadges.clear();
    targetBadges.addAll(badges);
    updatedAt = now;
  }

  /**
   * The principal records the development discussion: on a day that has been (not in the future),
   * with the points agreed. A later discussion of the same plan replaces the record.
   */
  void recordDiscussion(LocalDate on, String points, String principal, LocalDate today) {
    if (on == null) {
      throw new CompetenceRuleException("competence.discussionDateRequired");
    }
    if (on.isAfter(today)) {
      throw new CompetenceRuleException("competence.discussionInFuture");
    }
    String kept = Blanks.toNull(points);
    if (kept == null) {
      throw new CompetenceRuleException("competence.agreedPointsRequired");
    }
    if (kept.length() > TEXT_MAX_LENGTH) {
      throw new CompetenceRuleException("competence.agreedPointsTooLong", TEXT_MAX_LENGTH);
    }
    discussedOn = on;
    agreedPoints = kept;
    discussedBy = principal;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public Level getTargetLevel() {
    return targetLevel;
  }

  public Set<DevelopmentWay> getWays() {
    return EnumSetColumn.split(DevelopmentWay.class, ways);
  }

  public String getDescription() {
    return description;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  public LocalDate getDiscussedOn() {
    return discussedOn;
  }

  public String getAgreedPoints() {
    return agreedPoints;
  }

  public String getDiscussedBy() {
    return discussedBy;
  }
}
