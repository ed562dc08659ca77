package fi.opeverkko.plans;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/** A tutor plan or activity log rule was broken; the use case is rolled back. */
@Published
public class PlanRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public PlanRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
