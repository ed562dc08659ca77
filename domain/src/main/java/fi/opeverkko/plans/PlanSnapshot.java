package fi.opeverkko.plans;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * A plan's contents frozen at one submission: what the principal read. Kept as JSON in its {@link
 * PlanVersion}, so later edits of the draft never change what was submitted.
 */
public record PlanSnapshot(String startingPoint, String followUp, List<Goal> goals) {

  private static final Jsonb JSON = JsonbBuilder.create();

  public record Goal(String description, CompetenceLevel level, List<Activity> activities) {}

  public record Activity(
      String what, String audience, String timing, String ledBy, BigDecimal plannedHours) {}

  String toJson() {
    return JSON.toJson(this);
  }

  static PlanSnapshot fromJson(String json) {
    return JSON.fromJson(json, PlanSnapshot.class);
  }

  public BigDecimal plannedHours() {
    return goals.stream()
        .flatMap(goal -> goal.activities().stream())
        .map(Activity::plannedHours)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
