package fi.opeverkko.web.competence;

import fi.opeverkko.competence.ApplicationQueries;
import fi.opeverkko.competence.CommunityService;
import fi.opeverkko.competence.ReviewRow;
import fi.opeverkko.web.common.PagedModel;
import fi.opeverkko.web.common.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;

/**
 * A reviewer's queue: the applications the granting community gave them, those waiting for them
 * first with the working days they have waited and the overdue flagged, one page at a time.
 */
@Named
@ViewScoped
public class ReviewsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ApplicationQueries queries;
  @Inject private CommunityService community;

  private final LazyDataModel<ReviewRow> rows =
      new PagedModel<>(
          () -> queries.countReviews(),
          (first, size) -> queries.reviews(first, size),
          ReviewRow::id);

  /**
   * Refuses whoever neither belongs to the community nor has a review left to finish (a founding
   * member taken out keeps theirs): the page's roles cannot tell a reviewer from a teacher.
   */
  public void load() throws IOException {
    if (!community.isMember() && queries.countReviews() == 0) {
      Responses.forbidden();
    }
  }

  public LazyDataModel<ReviewRow> getRows() {
    return rows;
  }
}
