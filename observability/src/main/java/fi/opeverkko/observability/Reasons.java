package fi.opeverkko.observability;

/** A failure as one line for a health check's reason: its messages down the causes, no trace. */
final class Reasons {

  private Reasons() {}

  static String of(Throwable failure) {
    StringBuilder reason = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      String message =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      if (reason.indexOf(message) < 0) {
        reason.append(reason.length() == 0 ? "" : ": ").append(message);
      }
    }
    return reason.toString().replaceAll("\\p{Cntrl}", " ");
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
