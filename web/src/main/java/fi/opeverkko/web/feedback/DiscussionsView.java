package fi.opeverkko.web.feedback;

import fi.opeverkko.feedback.DiscussionRow;
import fi.opeverkko.feedback.FeedbackQueries;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The feedback discussions of the user's teams and their own, open ones first by due date. */
@Named
@ViewScoped
public class DiscussionsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FeedbackQueries queries;

  private List<DiscussionRow> rows;

  public void load() {
    rows = queries.discussions();
  }

  public List<DiscussionRow> getRows() {
    return rows;
  }
}
