package fi.opeverkko.visits;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/**
 * A use case broke a rule of the training visits (an action the visit's status does not allow, a
 * missing reason, a double booking...).
 */
@Published
public class VisitRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public VisitRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
