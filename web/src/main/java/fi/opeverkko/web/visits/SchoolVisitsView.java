package fi.opeverkko.web.visits;

import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.VisitRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The training visits of the user's own schools, with where each stands and what comes next. */
@Named
@RequestScoped
public class SchoolVisitsView {

  @Inject private SchoolVisitQueries queries;

  private List<VisitRequest> visits;

  @PostConstruct
  void load() {
    visits =
        queries.requestableSchools().stream()
            .flatMap(school -> queries.ofSchool(school.getId()).stream())
            .toList();
  }

  public List<VisitRequest> getVisits() {
    return visits;
  }
}
