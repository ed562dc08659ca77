package fi.opeverkko.identity;

import jakarta.ejb.ApplicationException;

/**
 * The signed-in user may not do this, or not to this object. Rolls the use case back; the web layer
 * answers it with HTTP 403.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String reason) {
    super(reason);
  }
}
