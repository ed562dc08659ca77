package fi.opeverkko.web.network;

import fi.opeverkko.network.City;
import fi.opeverkko.network.MentorNetwork;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.SchoolAssignment;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Spreadsheets;
import fi.opeverkko.web.common.Tables;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;

/** The upper-secondary mentor network of the three cities, read by mentors and coordinators. */
@Named
@ViewScoped
public class MentorsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MentorNetwork network;
  @Inject private NetworkOverviewService overview;
  @Inject private Spreadsheets spreadsheets;

  private String cityCode;
  private String text;
  private final LazyDataModel<SchoolAssignment> mentors =
      new PagedModel<>(
          () -> network.count(cityCode, text, overview.currentSchoolYear()),
          (first, size) ->
              network.mentors(cityCode, text, overview.currentSchoolYear(), first, size),
          SchoolAssignment::getId);

  public void search() {
    Tables.firstPage(":mentorsForm:mentors");
  }

  public StreamedContent getCsv() {
    return spreadsheets.csv(fileName(), network.export(overview.currentSchoolYear()));
  }

  public StreamedContent getXlsx() {
    return spreadsheets.xlsx(
        fileName(), "mentors.title", network.export(overview.currentSchoolYear()));
  }

  private String fileName() {
    return "mentor-network-" + overview.currentSchoolYear().startYear();
  }

  public List<City> getCities() {
    return network.cities();
  }

  public LazyDataModel<SchoolAssignment> getMentors() {
    return mentors;
  }

  public String getCityCode() {
    return cityCode;
  }

  public void setCityCode(String cityCode) {
    this.cityCode = cityCode;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
