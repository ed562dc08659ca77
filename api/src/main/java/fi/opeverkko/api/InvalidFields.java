package fi.opeverkko.api;

import jakarta.validation.ConstraintViolation;
import java.util.Set;

/**
 * A body whose fields break the form's constraints, checked by the API before the service is called
 * so that the caller learns every field at fault (400). Not a {@code ConstraintViolationException}:
 * RESTEasy answers that one itself, with 500.
 */
public class InvalidFields extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Set<? extends ConstraintViolation<?>> violations;

  public InvalidFields(Set<? extends ConstraintViolation<?>> violations) {
    super("invalid fields");
    this.violations = Set.copyOf(violations);
  }

  public Set<? extends ConstraintViolation<?>> violations() {
    return violations;
  }
}
