package fi.opeverkko.web.reporting;

import fi.opeverkko.reporting.GroupResult;
import fi.opeverkko.reporting.Grouping;
import fi.opeverkko.reporting.RoundRow;
import fi.opeverkko.reporting.RoundState;
import fi.opeverkko.reporting.SurveyResults;
import fi.opeverkko.reporting.SurveyResultsQueries;
import fi.opeverkko.reporting.SurveyRounds;
import fi.opeverkko.web.i18n.LanguageSwitch;
import fi.opeverkko.web.i18n.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The survey's results and needs ("what to offer next"): a round grouped one way, both chosen in
 * the address ({@code ?round=&by=&city=}) so that a view can be shared; the service limits the
 * figures to what the reader may see.
 */
@Named
@ViewScoped
public class SurveyResultsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SurveyRounds rounds;
  @Inject private SurveyResultsQueries queries;
  @Inject private LanguageSwitch language;
  @Inject private Texts texts;

  private Long round;
  private Grouping by;
  private String city;
  private List<RoundRow> allRounds;
  private SurveyResults results;

  public void load() {
    allRounds = rounds.rounds().stream().filter(r -> r.state() != RoundState.UPCOMING).toList();
    if (by == null) {
      by = Grouping.NETWORK;
    }
    if (round == null && !allRounds.isEmpty()) {
      round = allRounds.get(0).id();
    }
    results = round == null ? null : queries.results(round, by, city);
  }

  /** The group's name as a reader says it. */
  public String groupName(GroupResult group) {
    return switch (by) {
      case NETWORK -> texts.get("survey.network");
      case SCHOOL_TYPE -> texts.get("schoolType." + group.key());
      case LANGUAGE -> texts.get("teachingLanguage." + group.key());
      case CITY, SCHOOL -> group.name().in(language.getLocale());
    };
  }

  public Grouping[] getGroupings() {
    return Grouping.values();
  }

  public List<RoundRow> getRounds() {
    return allRounds;
  }

  /** The results shown, or null while no round has opened. */
  public SurveyResults getResults() {
    return results;
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }

  /** The city asked for in the address, or null. */
  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public Grouping getBy() {
    return by;
  }

  public void setBy(Grouping by) {
    this.by = by;
  }
}
