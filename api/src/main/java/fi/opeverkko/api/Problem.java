package fi.opeverkko.api;

import java.util.List;

/**
 * An error as an RFC 9457 problem document ({@code application/problem+json}), its title and detail
 * in the caller's language.
 *
 * @param type a URI naming the kind of problem ({@code urn:opeverkko:problem:<key>})
 * @param title the kind in words
 * @param status the HTTP status
 * @param detail this occurrence in words; {@code null} when the title says it all
 * @param errors the fields at fault, for bad input; {@code null} otherwise
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldProblem> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field's fault.
   *
   * @param field the field's name in the request body
   * @param message what is wrong, in the caller's language
   */
  public record FieldProblem(String field, String message) {}
}
