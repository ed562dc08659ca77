package fi.opeverkko.web.visits;

import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.web.common.PagedModel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

/**
 * The training visits of the user's own schools, newest first, with where each stands and what
 * comes next: a page at a time. For a request only: the page's requests, kept with the view, made
 * the session outgrow its budget (SessionBudgetIT), and the table asks for its page anew anyway.
 */
@Named
@RequestScoped
public class SchoolVisitsView {

  @Inject private SchoolVisitQueries queries;

  private final LazyDataModel<VisitRequest> visits =
      new PagedModel<>(
          () -> queries.countOfMySchools(),
          (first, size) -> queries.ofMySchools(first, size),
          VisitRequest::getId);

  public LazyDataModel<VisitRequest> getVisits() {
    return visits;
  }
}
