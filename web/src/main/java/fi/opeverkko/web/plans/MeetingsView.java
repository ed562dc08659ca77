package fi.opeverkko.web.plans;

import fi.opeverkko.network.City;
import fi.opeverkko.network.MentorNetwork;
import fi.opeverkko.plans.ActivityLogEntry;
import fi.opeverkko.plans.ActivityLogQueries;
import fi.opeverkko.plans.CityActivity;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Tables;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/**
 * The mentor network's activity across Helsinki, Espoo and Vantaa: the network meetings its mentors
 * logged and each city's totals, read by every mentor and every city's coordinator.
 */
@Named
@ViewScoped
public class MeetingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ActivityLogQueries log;
  @Inject private MentorNetwork mentorNetwork;
  @Inject private Clock clock;

  private SchoolYear year;
  private String cityCode;
  private List<City> cities;
  private List<CityActivity> byCity;

  private final LazyDataModel<ActivityLogEntry> meetings =
      new PagedModel<>(
          () -> log.countNetworkMeetings(cityCode, year),
          (first, size) -> log.networkMeetings(cityCode, year, first, size),
          ActivityLogEntry::getId);

  @PostConstruct
  void load() {
    year = clock.currentSchoolYear();
    cities = mentorNetwork.cities();
    byCity = log.mentorActivityByCity(year);
  }

  public void search() {
    Tables.firstPage(":meetingsForm:meetings");
  }

  public LazyDataModel<ActivityLogEntry> getMeetings() {
    return meetings;
  }

  public List<City> getCities() {
    return cities;
  }

  public List<CityActivity> getByCity() {
    return byCity;
  }

  public SchoolYear getSchoolYear() {
    return year;
  }

  public String getCityCode() {
    return cityCode;
  }

  public void setCityCode(String cityCode) {
    this.cityCode = cityCode;
  }
}
