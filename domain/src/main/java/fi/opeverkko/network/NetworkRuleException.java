package fi.opeverkko.network;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case broke a rule of the network (a fifth tutor, a mentor in a day care unit...). Rolls the
 * use case back; carries a message key and its arguments so the web layer can say it in the user's
 * language.
 */
@ApplicationException(rollback = true)
public class NetworkRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<Object> arguments;

  public NetworkRuleException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** The key of the message in the web layer's bundles, e.g. {@code rule.tooManyTutors}. */
  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
