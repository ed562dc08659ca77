package fi.opeverkko.plans;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The plan's two texts: where the school starts from, and how progress will be followed. */
public class PlanBasics implements Serializable {

  private static final long serialVersionUID = 1L;

  @Size(max = 4000, message = "{opeverkko.tooLong}")
  private String startingPoint;

  @Size(max = 4000, message = "{opeverkko.tooLong}")
  private String followUp;

  public PlanBasics() {}

  public PlanBasics(String startingPoint, String followUp) {
    this.startingPoint = startingPoint;
    this.followUp = followUp;
  }

  public String getStartingPoint() {
    return startingPoint;
  }

  public void setStartingPoint(String startingPoint) {
    this.startingPoint = startingPoint;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }
}
