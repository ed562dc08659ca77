package fi.opeverkko.api;

/**
 * A call the API itself refuses before any service runs (a bad paging parameter, a body too large):
 * its status and the key of its words in {@code problems.properties}.
 */
public class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String key;
  private final transient Object[] arguments;

  public ApiException(int status, String key, Object... arguments) {
    super(key);
    this.status = status;
    this.key = key;
    this.arguments = arguments.clone();
  }

  public int status() {
    return status;
  }

  public String key() {
    return key;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
