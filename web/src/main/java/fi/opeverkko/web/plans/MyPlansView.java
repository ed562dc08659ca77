package fi.opeverkko.web.plans;

import fi.opeverkko.network.School;
import fi.opeverkko.plans.PlanQueries;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;

/**
 * The schools whose tutor plan the user writes or approves; with only one, straight to its plan.
 */
@Named
@RequestScoped
public class MyPlansView {

  @Inject private PlanQueries queries;

  private List<School> schools;

  public void load() throws IOException {
    schools = queries.mySchools();
    if (schools.size() == 1) {
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(
          external.getRequestContextPath() + "/plans/plan.xhtml?school=" + schools.get(0).getId());
    }
  }

  public List<School> getSchools() {
    return schools;
  }
}
