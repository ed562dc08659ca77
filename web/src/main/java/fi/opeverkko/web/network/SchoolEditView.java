package fi.opeverkko.web.network;

import fi.opeverkko.network.City;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolDetails;
import fi.opeverkko.network.SchoolRegistry;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.web.i18n.Texts;
import fi.opeverkko.web.security.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Adds a school to a city ({@code ?city=}) or edits one ({@code ?id=}), for its coordinator. */
@Named
@ViewScoped
public class SchoolEditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SchoolRegistry registry;
  @Inject private UserSession userSession;
  @Inject private NetworkOverviewService network;
  @Inject private Texts texts;

  private Long schoolId;
  private String cityCode;
  private City city;
  private School school;
  private SchoolDetails details;

  public void load() {
    if (schoolId == null) {
      if (cityCode == null || cityCode.isBlank()) {
        cityCode = userSession.getDefaultCity();
      }
      city = network.city(cityCode);
      details = new SchoolDetails();
    } else {
      details = registry.detailsOf(schoolId);
      school = registry.school(schoolId);
      city = school.getCity();
      cityCode = city.getCode();
    }
  }

  /** Saves the form; a new school opens on its own page. */
  public String save() {
    try {
      if (school == null) {
        School added = registry.create(cityCode, details);
        return "/network/school?faces-redirect=true&id=" + added.getId();
      }
      school = registry.update(schoolId, school.getVersion(), details);
      texts.info("school.saved");
    } catch (NetworkRuleException broken) {
      texts.error(broken);
    }
    return null;
  }

  public void close() {
    changeActive(false);
  }

  public void reopen() {
    changeActive(true);
  }

  private void changeActive(boolean active) {
    try {
      registry.setActive(schoolId, active);
      school = registry.school(schoolId);
      texts.info(active ? "school.reopened" : "school.closedNow");
    } catch (NetworkRuleException broken) {
      texts.error(broken);
    }
  }

  public SchoolType[] getTypes() {
    return SchoolType.values();
  }

  public TeachingLanguage[] getLanguages() {
    return TeachingLanguage.values();
  }

  public Long getSchoolId() {
    return schoolId;
  }

  public void setSchoolId(Long schoolId) {
    this.schoolId = schoolId;
  }

  /** The city the page acts on, once the user's scope was checked. */
  public City getCity() {
    return city;
  }

  public String getCityCode() {
    return cityCode;
  }

  public void setCityCode(String cityCode) {
    this.cityCode = cityCode;
  }

  public School getSchool() {
    return school;
  }

  public SchoolDetails getDetails() {
    return details;
  }
}
