package fi.opeverkko.reporting;

import fi.opeverkko.competence.Level;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.LocalizedText;
import fi.opeverkko.platform.Published;
import java.io.Serializable;

/** A question of a round as the pages show it. */
@Published
public record QuestionRow(long id, Level level, LocalizedName area, LocalizedText text)
    implements Serializable {

  static QuestionRow of(SurveyQuestion question) {
    return new QuestionRow(
        question.getId(), question.getLevel(), question.getArea(), question.getText());
  }

  QuestionDetails details() {
    return new QuestionDetails(level, area, text);
  }
}
