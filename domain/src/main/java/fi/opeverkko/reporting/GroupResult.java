package fi.opeverkko.reporting;

import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.Published;
import java.io.Serializable;
import java.util.List;

/**
 * The results of one group of respondents. A group of fewer than {@link #MIN_RESPONDENTS} is named
 * with its count only: its needs are never sent, so that nobody's answers can be told apart.
 *
 * @param key what identifies the group: a city code, a school type or language name, a school id;
 *     empty for the network
 * @param name the group's name where it has one (a city, a school), else null
 */
@Published
public record GroupResult(
    String key, LocalizedName name, long respondents, List<QuestionNeed> needs)
    implements Serializable {

  public static final int MIN_RESPONDENTS = 5;

  public GroupResult {
    needs = shown(respondents) ? List.copyOf(needs) : List.of();
  }

  public boolean shown() {
    return shown(respondents);
  }

  private static boolean shown(long respondents) {
    return respondents >= MIN_RESPONDENTS;
  }

  /** The group's need for the question, or null when not shown. */
  public QuestionNeed need(long questionId) {
    return needs.stream().filter(need -> need.questionId() == questionId).findFirst().orElse(null);
  }
}
