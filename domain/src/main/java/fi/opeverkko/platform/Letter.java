package fi.opeverkko.platform;

import java.util.Locale;

/**
 * An email, already in its recipient's language.
 *
 * @param to the recipient's address
 * @param locale the recipient's language
 * @param subject the subject line
 * @param body the text
 */
public record Letter(String to, Locale locale, String subject, String body) {}
