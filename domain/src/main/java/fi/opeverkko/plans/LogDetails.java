package fi.opeverkko.plans;

import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.NetworkDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of the activity log as its writer fills it in: a quick entry needs only the hours, the
 * type and the topic; the day defaults to today.
 */
public class LogDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{opeverkko.required}")
  private Long schoolId;

  @NotNull(message = "{opeverkko.required}")
  private SchoolRole role;

  @NotNull(message = "{opeverkko.required}")
  @NetworkDate
  private LocalDate doneOn;

  @NotNull(message = "{opeverkko.required}")
  @DecimalMin(value = "0.25", message = "{opeverkko.loggedHours}")
  @DecimalMax(value = "12", message = "{opeverkko.loggedHours}")
  private BigDecimal hours;

  @NotNull(message = "{opeverkko.required}")
  private ActivityType type;

  @NotNull(message = "{opeverkko.required}")
  @Min(value = 0, message = "{opeverkko.colleagues}")
  @Max(value = 500, message = "{opeverkko.colleagues}")
  private Integer colleagues = 0;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 300, message = "{opeverkko.tooLong}")
  private String topic;

  /** For tutors: the goal of their school's plan the work serves. */
  private Long goalId;

  /** For tutors: the planned activity the work belongs to (implies its goal). */
  private Long planActivityId;

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  public SchoolRole getRole() {
    return role;
  }

  public void setRole(SchoolRole role) {
    this.role = role;
  }

  public LocalDate getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(LocalDate doneOn) {
    this.doneOn = doneOn;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public void setHours(BigDecimal hours) {
    this.hours = hours;
  }

  public ActivityType getType() {
    return type;
  }

  public void setType(ActivityType type) {
    this.type = type;
  }

  public Integer getColleagues() {
    return colleagues;
  }

  public void setColleagues(Integer colleagues) {
    this.colleagues = colleagues;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public Long getGoalId() {
    return goalId;
  }

  public void setGoalId(Long goalId) {
    this.goalId = goalId;
  }

  public Long getPlanActivityId() {
    return planActivityId;
  }

  public void setPlanActivityId(Long planActivityId) {
    this.planActivityId = planActivityId;
  }
}
