package fi.opeverkko.plans;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.SchoolYear;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * What a tutor, mentor, coach or digital agent did on one day in the role they hold in a school; a
 * tutor's entry may name the goal (and planned activity) of the school's plan it serves.
 */
@Entity
@Table(name = "activity_log_entry")
public class ActivityLogEntry implements Serializable {

  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  @Id
  @SequenceGenerator(
      name = "activity_log_entry_seq",
      sequenceName = "activity_log_entry_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_log_entry_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "person_id")
  private Person person;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "school_id")
  private School school;

  @Enumerated(EnumType.STRING)
  @Column(name = "school_role")
  private SchoolRole role;

  @Column(name = "school_year")
  private SchoolYear schoolYear;

  @Column(name = "done_on")
  private LocalDate doneOn;

  private int minutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type")
  private ActivityType type;

  private int colleagues;

  private String topic;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "goal_id")
  private PlanGoal goal;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "plan_activity_id")
  private PlanActivity planActivity;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Version private long version;

  protected ActivityLogEntry() {}

  /** A new entry of the person's log of the school year. */
  ActivityLogEntry(Person person, SchoolYear schoolYear, LocalDateTime createdAt) {
    this.person = person;
    this.schoolYear = schoolYear;
    this.createdAt = createdAt;
  }

  /**
   * Refuses a day outside the entry's school year: the entry is kept in that year's log, where it
   * is listed, counted, changed and removed, so one dated in another year would vanish from the log
   * it was written in.
   */
  void requireInYear(LocalDate day) {
    if (day.isBefore(schoolYear.firstDay()) || day.isAfter(schoolYear.lastDay())) {
      throw new PlanRuleException("log.outsideYear", schoolYear.label());
    }
  }

  /**
   * Takes what the writer filled in (already checked by the service); the day stays in the entry's
   * school year.
   */
  void take(School school, LogDetails details, PlanGoal goal, PlanActivity planActivity) {
    requireInYear(details.getDoneOn());
    this.school = school;
    this.role = details.getRole();
    this.doneOn = details.getDoneOn();
    this.minutes = toMinutes(details.getHours());
    this.type = details.getType();
    this.colleagues = details.getColleagues();
    this.topic = details.getTopic().strip();
    this.goal = goal;
    this.planActivity = planActivity;
  }

  /** Hours as a person writes them (1.5), in whole quarters of an hour. */
  static int toMinutes(BigDecimal hours) {
    return hours
            .multiply(MINUTES_PER_HOUR)
            .divide(BigDecimal.valueOf(15), 0, RoundingMode.HALF_UP)
            .intValueExact()
        * 15;
  }

  public static BigDecimal toHours(long minutes) {
    return BigDecimal.valueOf(minutes).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP);
  }

  /** The entry as its form fills it in, for editing. */
  public LogDetails details() {
    LogDetails details = new LogDetails();
    details.setSchoolId(school.getId());
    details.setRole(role);
    details.setDoneOn(doneOn);
    details.setHours(getHours());
    details.setType(type);
    details.setColleagues(colleagues);
    details.setTopic(topic);
    details.setGoalId(goal == null ? null : goal.getId());
    details.setPlanActivityId(planActivity == null ? null : planActivity.getId());
    return details;
  }

  public Long getId() {
    return id;
  }

  public Person getPerson() {
    return person;
  }

  public School getSchool() {
    return school;
  }

  public SchoolRole getRole() {
    return role;
  }

  public SchoolYear getSchoolYear() {
    return schoolYear;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public int getMinutes() {
    return minutes;
  }

  public BigDecimal getHours() {
    return toHours(minutes);
  }

  public ActivityType getType() {
    return type;
  }

  public int getColleagues() {
    return colleagues;
  }

  public String getTopic() {
    return topic;
  }

  public PlanGoal getGoal() {
    return goal;
  }

  public PlanActivity getPlanActivity() {
    return planActivity;
  }
}
