package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/** A use case broke a rule of the network (a fifth tutor, a mentor in a day care unit...). */
@Published
public class NetworkRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public NetworkRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
