package fi.opeverkko.api;

import fi.opeverkko.api.Problem.FieldProblem;
import jakarta.validation.ConstraintViolation;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Writes problem documents in a language: the API's own words ({@code problems*.properties}) and
 * the domain's rule messages, which live in the portal's bundles ({@code
 * fi.opeverkko.web.i18n.messages*}, shipped in this war by the build).
 */
public final class Problems {

  private static final String OWN = "fi.opeverkko.api.problems";
  private static final String RULES = "fi.opeverkko.web.i18n.messages";
  private static final String CONSTRAINTS = "ValidationMessages";
  private static final String TYPE_PREFIX = "urn:opeverkko:problem:";

  private final Locale locale;

  public Problems(Locale locale) {
    this.locale = locale;
  }

  /** A problem of a status, its detail the message of the key (own or a domain rule's). */
  public Problem of(int status, String key, Object... arguments) {
    return withErrors(status, key, null, arguments);
  }

  /** A problem with the fields at fault. */
  public Problem withErrors(
      int status, String key, List<FieldProblem> errors, Object... arguments) {
    return new Problem(
        TYPE_PREFIX + (key == null ? "http-" + status : key),
        title(status),
        status,
        key == null ? null : message(key, arguments),
        errors);
  }

  /** The title of a status: the API's words for it, else the generic "error". */
  public String title(int status) {
    return text(OWN, "status." + status).orElseGet(() -> text(OWN, "status.other").orElseThrow());
  }

  /** The message of a key, in the API's bundle or the domain's; the key itself when in neither. */
  public String message(String key, Object... arguments) {
    String pattern = text(OWN, key).or(() -> text(RULES, key)).orElse(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  /** A broken constraint's message: its template's words in the portal's validation bundle. */
  public String message(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    return template.startsWith("{") && template.endsWith("}")
        ? text(CONSTRAINTS, template.substring(1, template.length() - 1))
            .orElse(violation.getMessage())
        : violation.getMessage();
  }

  private Optional<String> text(String bundle, String key) {
    try {
      return Optional.of(ResourceBundle.getBundle(bundle, locale).getString(key));
    } catch (MissingResourceException missing) {
      return Optional.empty();
    }
  }
}
