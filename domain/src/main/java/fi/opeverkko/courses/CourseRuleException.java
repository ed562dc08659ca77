package fi.opeverkko.courses;

import fi.opeverkko.platform.Published;
import fi.opeverkko.platform.RuleException;

/**
 * A use case broke a rule of courses (dates out of order, a session in the past, a sign-up outside
 * the sign-up window...).
 */
@Published
public class CourseRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  public CourseRuleException(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
