package fi.opeverkko.network;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Checks what a user filled in against its Bean Validation constraints, in the service, so that a
 * caller that skipped the form (a CSV import, another service) cannot write invalid data.
 */
@Dependent
class DetailsCheck {

  @Inject private Validator validator;

  /** What is wrong with the details, field by field; empty when nothing is. */
  List<FieldError> errorsOf(Object details) {
    return validator.validate(details).stream()
        .map(
            violation ->
                new FieldError(
                    violation.getPropertyPath().toString(),
                    violation.getMessageTemplate().replaceAll("[{}]", "")))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
  }

  /** Refuses invalid details with the first thing wrong with them. */
  void requireValid(Object details) {
    List<FieldError> errors = errorsOf(details);
    if (!errors.isEmpty()) {
      throw new NetworkRuleException("rule.invalidDetails", errors.get(0).field());
    }
  }
}
