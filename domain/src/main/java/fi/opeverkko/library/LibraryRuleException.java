package fi.opeverkko.library;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/** A library use case broke a rule; the key names the message in the web layer's bundles. */
@Published
public class LibraryRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public LibraryRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
