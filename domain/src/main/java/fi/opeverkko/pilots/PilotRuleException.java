package fi.opeverkko.pilots;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/** A pilot project or self-evaluation rule was broken; the use case is rolled back. */
@Published
public class PilotRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public PilotRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
