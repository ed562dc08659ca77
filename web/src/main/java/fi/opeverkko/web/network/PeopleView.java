package fi.opeverkko.web.network;

import fi.opeverkko.network.PersonFilter;
import fi.opeverkko.network.PersonRegistry;
import fi.opeverkko.network.PersonRoles;
import fi.opeverkko.network.SchoolRole;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.web.common.CityScope;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Tables;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/** The directory of a city's people with their roles this school year, searched and paged. */
@Named
@ViewScoped
public class PeopleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonRegistry registry;
  @Inject private Clock clock;
  @Inject private CityScope scope;

  private String text;
  private SchoolRole role;
  private final LazyDataModel<PersonRoles> people =
      new PagedModel<>(
          () -> registry.count(filter()),
          (first, size) -> registry.search(filter(), first, size),
          row -> row.person().getId());

  public void load() {
    scope.read();
  }

  public void search() {
    Tables.firstPage(":peopleForm:people");
  }

  private PersonFilter filter() {
    return new PersonFilter(scope.getCode(), text, role, clock.currentSchoolYear());
  }

  public SchoolRole[] getRoles() {
    return SchoolRole.values();
  }

  public LazyDataModel<PersonRoles> getPeople() {
    return people;
  }

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public SchoolRole getRole() {
    return role;
  }

  public void setRole(SchoolRole role) {
    this.role = role;
  }
}
