package fi.opeverkko.web.reporting;

import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.SchoolYear;
import fi.opeverkko.reporting.RoundRow;
import fi.opeverkko.reporting.SurveyRounds;
import fi.opeverkko.web.common.Actions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The admins' survey rounds: a new round for a school year starts as a copy of the latest one; a
 * round's window and questions are changed until it opens.
 */
@Named
@ViewScoped
public class SurveyRoundsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyRounds rounds;
  @Inject private Clock clock;
  @Inject private Actions actions;

  private List<RoundRow> all;
  private Integer newYear;
  private RoundForm form;

  public void load() {
    all = rounds.rounds();
    newYear = getFreeYears().stream().map(SchoolYear::startYear).findFirst().orElse(null);
  }

  /** The current and the next school year, where they have no round yet. */
  public List<SchoolYear> getFreeYears() {
    return clock.workableSchoolYears().stream()
        .filter(year -> all.stream().noneMatch(round -> round.year().equals(year)))
        .toList();
  }

  public void create() {
    form = new RoundForm(null, rounds.copyOfLatest(new SchoolYear(newYear)));
  }

  public void edit(RoundRow round) {
    form = new RoundForm(round.id(), round.details());
  }

  public void addQuestion() {
    form.addQuestion();
  }

  public void removeQuestion(int index) {
    form.removeQuestion(index);
  }

  public void save() {
    boolean done =
        form.getId() == null
            ? actions.run(() -> rounds.open(form.details()), "surveyRounds.opened")
            : actions.run(() -> rounds.revise(form.getId(), form.details()), "surveyRounds.saved");
    if (done) {
      form = null;
      load();
    }
  }

  public void cancel() {
    form = null;
  }

  public List<RoundRow> getRounds() {
    return all;
  }

  public Integer getNewYear() {
    return newYear;
  }

  public void setNewYear(Integer newYear) {
    this.newYear = newYear;
  }

  /** The round being written, or null. */
  public RoundForm getForm() {
    return form;
  }
}
