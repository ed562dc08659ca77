package fi.opeverkko.web.network;

import fi.opeverkko.network.School;
import fi.opeverkko.network.SchoolDetails;
import fi.opeverkko.network.SchoolRegistry;
import fi.opeverkko.network.SchoolType;
import fi.opeverkko.network.TeachingLanguage;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.CityScope;
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
  @Inject private Actions actions;
  @Inject private CityScope scope;

  private Long schoolId;
  private School school;
  private SchoolDetails details;

  public void load() {
    if (schoolId == null) {
      scope.read();
      details = new SchoolDetails();
    } else {
      details = registry.detailsOf(schoolId);
      school = registry.school(schoolId);
      scope.showing(school.getCity());
    }
  }

  /** Saves the form; a new school opens on its own page. */
  public String save() {
    if (school == null) {
      return actions
          .call(() -> registry.create(scope.getCode(), details))
          .map(added -> "/network/school?faces-redirect=true&id=" + added.getId())
          .orElse(null);
    }
    actions.run(
        () -> school = registry.update(schoolId, school.getVersion(), details), "school.saved");
    return null;
  }

  public void close() {
    changeActive(false);
  }

  public void reopen() {
    changeActive(true);
  }

  private void changeActive(boolean active) {
    actions.run(
        () -> {
          registry.setActive(schoolId, active);
          school = registry.school(schoolId);
        },
        active ? "school.reopened" : "school.closedNow");
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

  /** The city the page acts on. */
  public CityScope getScope() {
    return scope;
  }

  public School getSchool() {
    return school;
  }

  public SchoolDetails getDetails() {
    return details;
  }
}
