package fi.opeverkko.web.visits;

import fi.opeverkko.visits.SchoolVisitQueries;
import fi.opeverkko.visits.VisitRequest;
import fi.opeverkko.web.common.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * The training visits of the user's own schools, newest first, with where each stands and what
 * comes next: a page at a time.
 */
@Named
@ViewScoped
public class SchoolVisitsView implements Serializable {

  private static final long serialVersionUID = 1L;

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
