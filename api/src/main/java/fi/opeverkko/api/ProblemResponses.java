package fi.opeverkko.api;

/** The problem documents' examples in the OpenAPI document. */
public final class ProblemResponses {

  /**
   * The one refusal response every operation that checks roles and scope refers to (defined once
   * among the document's components, in {@link ApiApplication}).
   */
  public static final String REFUSED = "refused";

  public static final String FORBIDDEN =
      "{\"type\":\"urn:opeverkko:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403,"
          + "\"detail\":\"You may not do or read this with your roles and scope.\"}";
  public static final String INVALID =
      "{\"type\":\"urn:opeverkko:problem:invalid\",\"title\":\"Bad request\",\"status\":400,"
          + "\"detail\":\"Check the fields listed in errors.\","
          + "\"errors\":[{\"field\":\"goal\",\"message\":\"Required.\"}]}";

  private ProblemResponses() {}
}
