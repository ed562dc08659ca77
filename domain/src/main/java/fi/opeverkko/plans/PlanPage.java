package fi.opeverkko.plans;

import fi.opeverkko.network.School;
import fi.opeverkko.platform.SchoolYear;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A school's tutor plan of a school year as its page shows it, with what the user may do with it.
 *
 * @param plan the plan, or null when the school has not started one
 * @param writer whether the user may write the plan (a tutor of the school in that year)
 * @param approver whether the user may approve or return it (the school's principal)
 * @param lastYearsPlan whether there is last year's plan to copy when starting
 * @param dueDate by when the plan should be approved
 */
public record PlanPage(
    School school,
    SchoolYear year,
    TutorPlan plan,
    List<PlanEvent> history,
    List<PlanVersion> versions,
    PlanProgress progress,
    boolean writer,
    boolean approver,
    boolean lastYearsPlan,
    LocalDate dueDate,
    boolean late)
    implements Serializable {

  public boolean mayStart() {
    return plan == null && writer;
  }

  public boolean mayEdit() {
    return plan != null && writer && plan.getStatus().editable();
  }

  public boolean maySubmit() {
    return plan != null && writer && plan.getStatus().allows(PlanAction.SUBMIT);
  }

  public boolean mayAnswer() {
    return plan != null && approver && plan.getStatus().allows(PlanAction.APPROVE);
  }
}
