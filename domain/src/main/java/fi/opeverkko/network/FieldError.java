package fi.opeverkko.network;

import fi.opeverkko.platform.Published;
import java.io.Serializable;

/**
 * One thing wrong with what a user filled in.
 *
 * @param field the field (or CSV column) it concerns
 * @param messageKey the message, as a key of the web layer's {@code ValidationMessages} bundles
 *     (e.g. {@code opeverkko.required}) or of its {@code messages} bundles (rules)
 * @param arguments the message's arguments
 */
@Published
public record FieldError(String field, String messageKey, Object... arguments)
    implements Serializable {}
