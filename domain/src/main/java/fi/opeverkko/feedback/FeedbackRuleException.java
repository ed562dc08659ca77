package fi.opeverkko.feedback;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/** A use case broke a rule of feedback discussions (closing one that was not held...). */
@Published
public class FeedbackRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public FeedbackRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
