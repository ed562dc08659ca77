package fi.opeverkko.visits;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A use case broke a rule of the training visits (an action the visit's status does not allow, a
 * missing reason...). Rolls the use case back; carries a message key and its arguments so the web
 * layer can say it in the user's language.
 */
@ApplicationException(rollback = true)
public class VisitRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<Object> arguments;

  public VisitRuleException(String messageKey, Object... arguments) {
    super(messageKey + " " + List.of(arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  /** The key of the message in the web layer's bundles, e.g. {@code visit.illegalTransition}. */
  public String messageKey() {
    return messageKey;
  }

  public List<Object> arguments() {
    return arguments;
  }
}
