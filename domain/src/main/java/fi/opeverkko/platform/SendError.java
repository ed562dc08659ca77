package fi.opeverkko.platform;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/** Why a letter could not be sent, in words an admin can act on (the page names each kind). */
public enum SendError {
  /** No mail server answered at the configured address. */
  UNREACHABLE,
  /** The mail server took longer than the configured timeout. */
  TIMEOUT,
  /** The mail server refused the letter or its address. */
  REFUSED,
  /** Anything else; the technical detail says what. */
  OTHER;

  /** The kind of the failure, from the first cause in the chain that tells it. */
  public static SendError of(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof ConnectException || cause instanceof UnknownHostException) {
        return UNREACHABLE;
      }
      if (cause instanceof SocketTimeoutException) {
        return TIMEOUT;
      }
      if (cause instanceof SendFailedException || cause instanceof AddressException) {
        return REFUSED;
      }
    }
    return OTHER;
  }

  /** The messages of the failure and its causes, once each, as one line. */
  public static String detail(Throwable failure) {
    StringBuilder detail = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      String message =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      if (detail.indexOf(message) < 0) {
        detail.append(detail.length() == 0 ? "" : ": ").append(message);
      }
    }
    return detail.toString().replaceAll("\\p{Cntrl}", " ");
  }

  private static Throwable next(Throwable cause) {
    return cause.getCause() == cause ? null : cause.getCause();
  }
}
