package fi.opeverkko.web.courses;

import fi.opeverkko.courses.CourseLifeQueries;
import fi.opeverkko.courses.CourseLifeService;
import fi.opeverkko.courses.DecisionRow;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organiser's courses under their minimum at their decision date: pool a Swedish one with
 * Espoo's and Vantaa's Swedish-speaking staff, or cancel any with a reason the participants are
 * told.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CourseLifeQueries queries;
  @Inject private CourseLifeService life;
  @Inject private Actions actions;

  private List<DecisionRow> rows;

  /** The reason typed for each course, by its id. */
  private final Map<Long, String> reasons = new HashMap<>();

  public void load() {
    rows = queries.decisionsNeeded();
  }

  public void pool(DecisionRow row) {
    if (actions.run(() -> life.pool(row.courseId()), "decisions.pooled")) {
      load();
    }
  }

  public void cancel(DecisionRow row) {
    String reason = reasons.get(row.courseId());
    if (actions.run(() -> life.cancel(row.courseId(), reason), "decisions.cancelled")) {
      reasons.remove(row.courseId());
      load();
    }
  }

  public List<DecisionRow> getRows() {
    return rows;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }
}
