package fi.opeverkko.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * An email, already in its recipient's language.
 *
 * @param to the recipient's address
 * @param locale the recipient's language
 * @param subject the subject line
 * @param body the text
 */
public record Letter(String to, Locale locale, String subject, String body) {

  /** Where the links in the emails point; the portal's public address in production. */
  private static final String PORTAL_URL_PROPERTY = "opeverkko.portal-url";

  /**
   * A letter written from a mail bundle: its {@code mail.<kind>.subject} and {@code
   * mail.<kind>.body} with the arguments filled in, and the bundle's {@code mail.footer}.
   */
  public static Letter written(
      String bundle, String kind, String to, Locale locale, Object... arguments) {
    ResourceBundle texts = ResourceBundle.getBundle(bundle, locale);
    String subject =
        new MessageFormat(texts.getString("mail." + kind + ".subject"), locale).format(arguments);
    String body =
        new MessageFormat(texts.getString("mail." + kind + ".body"), locale).format(arguments)
            + "\n\n"
            + texts.getString("mail.footer");
    return new Letter(to, locale, subject, body);
  }

  /** The address of a page of the portal, for a link in an email. */
  public static String linkTo(String page) {
    return System.getProperty(PORTAL_URL_PROPERTY, "http://localhost:8080/") + page;
  }
}
