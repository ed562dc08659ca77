package fi.opeverkko.competence;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/**
 * A use case broke a rule of competence (a badge applied for twice, a comment missing where the
 * teacher must be told why, a file that is not what its name says...).
 */
@Published
public class CompetenceRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public CompetenceRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
