package fi.opeverkko.web.competence;

import fi.opeverkko.competence.DevelopmentPlanRow;
import fi.opeverkko.competence.DevelopmentPlanService;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.YearChoice;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.LazyDataModel;

/**
 * The development plans of the principal's school's teaching staff for a school year, paged; the
 * principal records the development discussion of a plan (its day and the points agreed).
 */
@Named
@ViewScoped
public class DevelopmentPlansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DevelopmentPlanService plans;
  @Inject private Clock clock;
  @Inject private Actions actions;
  @Inject private SchoolScope scope;

  @Inject private YearChoice year;
  private long count;
  private final LazyDataModel<DevelopmentPlanRow> schoolPlans =
      new PagedModel<>(
          () -> plans.countOfSchool(scope.schoolId(), year.getSchoolYear()),
          (first, size) -> plans.ofSchool(scope.schoolId(), year.getSchoolYear(), first, size),
          DevelopmentPlanRow::id);

  /** The plan whose discussion is being recorded, and whose it is. */
  private Long discussing;

  private String discussingName;
  private LocalDate discussedOn;
  private String agreedPoints;

  public void load() {
    year.settle();
    if (scope.read() != null) {
      // Asked now, so that a school the user may not read is refused with the page, not its table.
      count = plans.countOfSchool(scope.schoolId(), year.getSchoolYear());
    }
  }

  /** Opens the record of the plan's discussion, with what was recorded before. */
  public void startDiscussion(DevelopmentPlanRow plan) {
    discussing = plan.id();
    discussingName = plan.personName();
    discussedOn = plan.isDiscussed() ? plan.discussedOn() : clock.today();
    agreedPoints = plan.agreedPoints();
  }

  public void recordDiscussion() {
    if (actions.run(
        () -> plans.recordDiscussion(discussing, discussedOn, agreedPoints),
        "devPlans.recorded",
        discussingName)) {
      cancel();
    }
  }

  public void cancel() {
    discussing = null;
    discussingName = null;
    discussedOn = null;
    agreedPoints = null;
  }

  public YearChoice getYear() {
    return year;
  }

  public SchoolScope getScope() {
    return scope;
  }

  /** How many of the staff have a plan for the school year. */
  public long getCount() {
    return count;
  }

  public LazyDataModel<DevelopmentPlanRow> getSchoolPlans() {
    return schoolPlans;
  }

  public String getDiscussingName() {
    return discussingName;
  }

  public LocalDate getDiscussedOn() {
    return discussedOn;
  }

  public void setDiscussedOn(LocalDate discussedOn) {
    this.discussedOn = discussedOn;
  }

  public String getAgreedPoints() {
    return agreedPoints;
  }

  public void setAgreedPoints(String agreedPoints) {
    this.agreedPoints = agreedPoints;
  }
}
