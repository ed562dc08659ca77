package fi.opeverkko.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case broke a rule of the domain. Rolls the use case back (subclasses inherit that); carries
 * a message key and its arguments so the web layer can say it in the user's language.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class RuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient List<Object> arguments;

  protected RuleException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** The key of the message in the web layer's bundles, e.g. {@code rule.roleFull}. */
  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
