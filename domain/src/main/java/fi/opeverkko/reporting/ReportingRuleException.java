package fi.opeverkko.reporting;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/** A use case broke a rule of reporting (a round changed after it opened, an answer missing...). */
@Published
public class ReportingRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public ReportingRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
