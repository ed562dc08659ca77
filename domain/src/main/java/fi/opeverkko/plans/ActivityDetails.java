package fi.opeverkko.plans;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** A planned activity: what, for whom, when, who leads it, how many hours, for which goal. */
public class ActivityDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotNull(message = "{opeverkko.required}")
  private Long goalId;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 500, message = "{opeverkko.tooLong}")
  private String what;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 300, message = "{opeverkko.tooLong}")
  private String audience;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String timing;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 200, message = "{opeverkko.tooLong}")
  private String ledBy;

  @NotNull(message = "{opeverkko.required}")
  @DecimalMin(value = "0.5", message = "{opeverkko.plannedHours}")
  @DecimalMax(value = "500", message = "{opeverkko.plannedHours}")
  private BigDecimal plannedHours;

  public ActivityDetails() {}

  public ActivityDetails(
      Long goalId,
      String what,
      String audience,
      String timing,
      String ledBy,
      BigDecimal plannedHours) {
    this.goalId = goalId;
    this.what = what;
    this.audience = audience;
    this.timing = timing;
    this.ledBy = ledBy;
    this.plannedHours = plannedHours;
  }

  public Long getGoalId() {
    return goalId;
  }

  public void setGoalId(Long goalId) {
    this.goalId = goalId;
  }

  public String getWhat() {
    return what;
  }

  public void setWhat(String what) {
    this.what = what;
  }

  public String getAudience() {
    return audience;
  }

  public void setAudience(String audience) {
    this.audience = audience;
  }

  public String getTiming() {
    return timing;
  }

  public void setTiming(String timing) {
    this.timing = timing;
  }

  public String getLedBy() {
    return ledBy;
  }

  public void setLedBy(String ledBy) {
    this.ledBy = ledBy;
  }

  public BigDecimal getPlannedHours() {
    return plannedHours;
  }

  public void setPlannedHours(BigDecimal plannedHours) {
    this.plannedHours = plannedHours;
  }
}
