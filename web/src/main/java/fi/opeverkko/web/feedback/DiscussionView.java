package fi.opeverkko.web.feedback;

import fi.opeverkko.feedback.DiscussionRow;
import fi.opeverkko.feedback.FeedbackQueries;
import fi.opeverkko.feedback.FeedbackRuleException;
import fi.opeverkko.feedback.FeedbackService;
import fi.opeverkko.web.common.Actions;
import fi.opeverkko.web.common.Responses;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A feedback discussion ({@code ?id=<id>}): for its trainers and team to read, for its leader to
 * record when it was held and what was agreed, and to close.
 */
@Named
@ViewScoped
public class DiscussionView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FeedbackQueries queries;
  @Inject private FeedbackService discussions;
  @Inject private Actions actions;

  private Long id;
  private DiscussionRow row;
  private LocalDate heldOn;
  private String agreed;

  public void load() throws IOException {
    if (id == null) {
      Responses.notFound();
      return;
    }
    try {
      row = queries.discussion(id);
    } catch (FeedbackRuleException noSuchDiscussion) {
      Responses.notFound();
      return;
    }
    if (heldOn == null && agreed == null) {
      heldOn = row.heldOn();
      agreed = row.agreed();
    }
  }

  public void record() throws IOException {
    actions.run(() -> discussions.record(id, heldOn, agreed), "feedback.recorded");
    load();
  }

  public void close() throws IOException {
    actions.run(() -> discussions.close(id), "feedback.closed");
    load();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DiscussionRow getRow() {
    return row;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(LocalDate heldOn) {
    this.heldOn = heldOn;
  }

  public String getAgreed() {
    return agreed;
  }

  public void setAgreed(String agreed) {
    this.agreed = agreed;
  }
}
