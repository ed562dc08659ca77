package fi.opeverkko.web.network;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.PersonDetails;
import fi.opeverkko.network.PersonRegistry;
import fi.opeverkko.network.WorkLanguage;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.i18n.Texts;
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
  @Inject private Texts texts;
  @Inject private Actions actions;
  @Inject private CityScope scope;

  private Long personId;
  private Person person;
  private PersonDetails details;

  public void load() {
    if (personId == null) {
      scope.read();
      details = new PersonDetails();
    } else {
      details = registry.detailsOf(personId);
      person = registry.person(personId);
      scope.showing(person.getCity());
    }
  }

  public String save() {
    if (person == null) {
      return actions
          .call(() -> registry.create(scope.getCode(), details))
          .map(
              added -> {
                texts.flashInfo("person.saved");
                return "/network/people?faces-redirect=true&city=" + scope.getCode();
              })
          .orElse(null);
    }
    actions.run(
        () -> person = registry.update(personId, person.getVersion(), details), "person.saved");
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

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public Person getPerson() {
    return person;
  }

  public PersonDetails getDetails() {
    return details;
  }
}
