package fi.opeverkko.plans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A goal of the plan and the competence level it serves. */
public class GoalDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{opeverkko.required}")
  @Size(max = 1000, message = "{opeverkko.tooLong}")
  private String description;

  @NotNull(message = "{opeverkko.required}")
  private CompetenceLevel level;

  public GoalDetails() {}

  public GoalDetails(String description, CompetenceLevel level) {
    this.description = description;
    this.level = level;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public CompetenceLevel getLevel() {
    return level;
  }

  public void setLevel(CompetenceLevel level) {
    this.level = level;
  }
}
