package fi.opeverkko.web.feedback;

import fi.opeverkko.feedback.FeedbackQueries;
import fi.opeverkko.feedback.TrendRow;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Average feedback per team and per trainer over terms, visits and courses side by side. */
@Named
@ViewScoped
public class TrendsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FeedbackQueries queries;

  private List<TrendRow> teams;
  private List<TrendRow> trainers;

  public void load() {
    teams = queries.teamTrends();
    trainers = queries.trainerTrends();
  }

  public List<TrendRow> getTeams() {
    return teams;
  }

  public List<TrendRow> getTrainers() {
    return trainers;
  }
}
