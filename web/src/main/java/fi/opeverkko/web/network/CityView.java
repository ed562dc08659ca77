package fi.opeverkko.web.network;

import fi.opeverkko.network.City;
import fi.opeverkko.network.CityOverview;
import fi.opeverkko.network.NetworkExportService;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.School;
import fi.opeverkko.web.security.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * A city's figures and its schools, paged lazily. A coordinator sees their own city (the {@code
 * city} parameter is only for admins; the service refuses anything else).
 */
@Named
@ViewScoped
public class CityView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private NetworkOverviewService network;
  @Inject private UserSession userSession;
  @Inject private NetworkExportService export;

  private String cityCode;
  private CityOverview overview;
  private List<City> cities;
  private final LazyDataModel<School> schools = new SchoolsOfCity();

  /** Called by the page's view action once the {@code city} parameter is set. */
  public void load() {
    if (cityCode == null || cityCode.isBlank()) {
      cityCode = userSession.getDefaultCity();
    }
    overview = network.cityOverview(cityCode);
    if (userSession.has("ADMIN")) {
      cities = network.cities();
    }
  }

  /** The city's schools as a CSV file for Excel. */
  public StreamedContent getSchoolsCsv() {
    byte[] csv = export.schoolsOfCity(cityCode);
    return DefaultStreamedContent.builder()
        .name("schools-" + cityCode.toLowerCase(Locale.ROOT) + ".csv")
        .contentType("text/csv; charset=UTF-8")
        .contentLength((long) csv.length)
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  public String getCityCode() {
    return cityCode;
  }

  public void setCityCode(String cityCode) {
    this.cityCode = cityCode;
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

  private final class SchoolsOfCity extends LazyDataModel<School> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(network.countSchoolsInCity(cityCode));
    }

    @Override
    public List<School> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return network.schoolsInCity(cityCode, first, pageSize);
    }

    @Override
    public String getRowKey(School school) {
      return String.valueOf(school.getId());
    }

    @Override
    public School getRowData(String rowKey) {
      return null;
    }
  }
}
