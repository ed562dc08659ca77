package fi.opeverkko.web.network;

import fi.opeverkko.network.City;
import fi.opeverkko.network.NetworkOverviewService;
import fi.opeverkko.network.NetworkRuleException;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.PersonRegistry;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.web.i18n.Texts;
import fi.opeverkko.web.security.UserSession;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Adds a person to a city ({@code ?city=}) or edits one ({@code ?id=}), for its coordinator. */
@Named
@ViewScoped
public class PersonView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonRegistry registry;
  @Inject private UserSession userSession;
  @Inject private NetworkOverviewService network;
  @Inject private Texts texts;

  private Long personId;
  private String cityCode;
  private City city;
  private Person person;
  private PersonDetails details;

  public void load() {
    if (personId == null) {
      if (cityCode == null || cityCode.isBlank()) {
        cityCode = userSession.getDefaultCity();
      }
      city = network.city(cityCode);
      details = new PersonDetails();
    } else {
      details = registry.detailsOf(personId);
      person = registry.person(personId);
      city = person.getCity();
      cityCode = city.getCode();
    }
  }

  public String save() {
    try {
      if (person == null) {
        registry.create(cityCode, details);
        texts.flashInfo("person.saved");
        return "/network/people?faces-redirect=true&city=" + cityCode;
      }
      person = registry.update(personId, person.getVersion(), details);
      texts.info("person.saved");
    } catch (NetworkRuleException broken) {
      texts.error(broken);
    }
    return null;
  }

  public WorkLanguage[] getAllLanguages() {
    return WorkLanguage.values();
  }

  public Long getPersonId() {
    return personId;
  }

  public void setPersonId(Long personId) {
    this.personId = personId;
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

  public Person getPerson() {
    return person;
  }

  public PersonDetails getDetails() {
    return details;
  }
}
