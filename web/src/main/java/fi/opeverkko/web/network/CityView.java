package fi.opeverkko.web.network;

import fi.opeverkko.network.City;
import fi.opeverkko.network.CityOverview;
import fi.opeverkko.network.NetworkExportService;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolFilter;
import fi.opeverkko.network.SchoolRegistry;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.platform.Table;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Spreadsheets;
import fi.opeverkko.web.common.Tables;
import fi.opeverkko.web.security.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/**
 * A city's figures and the directory of its schools: searched, filtered and paged lazily. A
 * coordinator sees their own city (the {@code city} parameter is only for admins; the services
 * refuse anything else).
 */
@Named
@ViewScoped
public class CityView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NetworkOverviewService network;
  @Inject private SchoolRegistry registry;
  @Inject private UserSession userSession;
  @Inject private NetworkExportService export;
  @Inject private CityScope scope;
  @Inject private Spreadsheets spreadsheets;

  private CityOverview overview;
  private List<City> cities;
  private String text;
  private SchoolType type;
  private Boolean active;
  private final LazyDataModel<School> schools =
      new PagedModel<>(
          () -> registry.count(filter()),
          (first, size) -> registry.search(filter(), first, size),
          School::getId);

  /** Called by the page's view action once the {@code city} parameter is set. */
  public void load() {
    overview = network.cityOverview(scope.getCode());
    if (userSession.has("ADMIN")) {
      cities = network.cities();
    }
  }

  /** Runs the search the user typed and chose. */
  public void search() {
    Tables.firstPage(":schoolsForm:schools");
  }

  private SchoolFilter filter() {
    return new SchoolFilter(scope.getCode(), text, type, active);
  }

  public StreamedContent getSchoolsCsv() {
    return spreadsheets.csv(fileName("schools"), export.schoolsOfCity(scope.getCode()));
  }

  public StreamedContent getSchoolsXlsx() {
    return spreadsheets.xlsx(
        fileName("schools"), "city.schools", export.schoolsOfCity(scope.getCode()));
  }

  public StreamedContent getPeopleCsv() {
    return spreadsheets.csv(fileName("people"), export.peopleOfCity(scope.getCode()));
  }

  public StreamedContent getPeopleXlsx() {
    return spreadsheets.xlsx(
        fileName("people"), "export.peopleSheet", export.peopleOfCity(scope.getCode()));
  }

  public StreamedContent getAssignmentsCsv() {
    return spreadsheets.csv(assignmentsFileName(), assignments());
  }

  public StreamedContent getAssignmentsXlsx() {
    return spreadsheets.xlsx(assignmentsFileName(), "export.assignmentsSheet", assignments());
  }

  private Table assignments() {
    return export.assignmentsOfCity(scope.getCode(), overview.schoolYear());
  }

  private String assignmentsFileName() {
    return fileName("assignments-" + overview.schoolYear().startYear());
  }

  private String fileName(String what) {
    return what + "-" + scope.getCode().toLowerCase(Locale.ROOT);
  }

  public SchoolType[] getTypes() {
    return SchoolType.values();
  }

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public CityOverview getOverview() {
    return overview;
  }

  public List<City> getCities() {
    return cities;
  }

  public LazyDataModel<School> getSchools() {
    return schools;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public SchoolType getType() {
    return type;
  }

  public void setType(SchoolType type) {
    this.type = type;
  }

  public Boolean getActive() {
    return active;
  }

  public void setActive(Boolean active) {
    this.active = active;
  }
}
