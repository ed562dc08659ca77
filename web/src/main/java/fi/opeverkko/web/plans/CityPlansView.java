package fi.opeverkko.web.plans;

import fi.opeverkko.plans.CityPlanRow;
import fi.opeverkko.plans.PlanQueries;
import fi.opeverkko.plans.PlanStanding;
import fi.opeverkko.plans.TutorPlan;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Spreadsheets;
import fi.opeverkko.web.common.Tables;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * A coordinator's overview of their city's tutor plans this school year: which comprehensive
 * schools have an approved plan, which are missing or late, and the hours their tutors logged per
 * month.
 */
@Named
@ViewScoped
public class CityPlansView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanQueries queries;
  @Inject private Clock clock;
  @Inject private CityScope scope;
  @Inject private Spreadsheets spreadsheets;

  private SchoolYear year;
  private PlanStanding standing;
  private Map<PlanStanding, Long> standings;

  private final LazyDataModel<CityPlanRow> schools =
      new PagedModel<>(
          () -> queries.countCityPlans(scope.getCode(), year, standing),
          (first, size) -> queries.cityPlans(scope.getCode(), year, standing, first, size),
          row -> row.school().getId());

  public void load() {
    year = clock.currentSchoolYear();
    standings = queries.cityStandings(scope.getCode(), year);
  }

  public void search() {
    Tables.firstPage(":plansForm:schools");
  }

  public StreamedContent getCsv() {
    return spreadsheets.csv(fileName(), queries.cityPlansTable(scope.getCode(), year));
  }

  public StreamedContent getXlsx() {
    return spreadsheets.xlsx(
        fileName(), "cityPlans.title", queries.cityPlansTable(scope.getCode(), year));
  }

  private String fileName() {
    return "tutor-plans-" + scope.getCode().toLowerCase(Locale.ROOT) + "-" + year.startYear();
  }

  public long count(PlanStanding counted) {
    return standings.getOrDefault(counted, 0L);
  }

  /** The months of the school year, August first, for the hours' columns. */
  public List<YearMonth> getMonths() {
    YearMonth first = YearMonth.from(clock.currentSchoolYear().firstDay());
    return IntStream.range(0, 12).mapToObj(first::plusMonths).toList();
  }

  public LocalDate getDueDate() {
    return TutorPlan.dueDate(year);
  }

  public PlanStanding[] getStandings() {
    return PlanStanding.values();
  }

  public LazyDataModel<CityPlanRow> getSchools() {
    return schools;
  }

  public SchoolYear getSchoolYear() {
    return year;
  }

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public PlanStanding getStanding() {
    return standing;
  }

  public void setStanding(PlanStanding standing) {
    this.standing = standing;
  }
}
