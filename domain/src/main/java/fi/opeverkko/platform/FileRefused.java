package fi.opeverkko.platform;

/**
 * An uploaded file broke the file rules ({@link FileRules}): empty, too large or of a type not
 * kept. The message names the file, so the user knows which of several to change.
 */
public class FileRefused extends RuleException {

  private static final long serialVersionUID = 1L;

  public FileRefused(String messageKey, Object... arguments) {
    super(messageKey, arguments);
  }
}
