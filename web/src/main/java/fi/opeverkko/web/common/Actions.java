package fi.opeverkko.web.common;

import fi.opeverkko.platform.RuleException;
import fi.opeverkko.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A view bean's use case, tried: when the domain refuses it, the broken rule's message is shown in
 * the user's language and the user stays on the page with what they typed (focus.js then takes
 * keyboard focus to the message). Every view bean acts through here rather than catching the rules
 * itself.
 */
@RequestScoped
public class Actions {

  @Inject private Texts texts;

  /**
   * Carries out the use case and confirms it with the message of {@code doneKey}.
   *
   * @return whether it was done; when not, the rule's message is shown instead
   */
  public boolean run(Runnable useCase, String doneKey, Object... arguments) {
    boolean done =
        call(() -> {
              useCase.run();
              return Boolean.TRUE;
            })
            .isPresent();
    if (done) {
      texts.info(doneKey, arguments);
    }
    return done;
  }

  /**
   * Carries out a use case that answers something (the id of what it made, a count), which the
   * caller confirms as it sees fit.
   *
   * @return the answer; empty when a rule refused, whose message is then shown
   */
  public <T> Optional<T> call(Supplier<T> useCase) {
    return call(useCase, messageKey -> null);
  }

  /**
   * As {@link #call(Supplier)}, showing a refusal at the form field the broken rule is about.
   *
   * @param fieldOfRule the client id of the field a rule's message key is about; null: the form's
   */
  public <T> Optional<T> call(Supplier<T> useCase, Function<String, String> fieldOfRule) {
    try {
      return Optional.of(useCase.get());
    } catch (RuleException broken) {
      String field = fieldOfRule.apply(broken.messageKey());
      if (field == null) {
        texts.error(broken);
      } else {
        texts.fieldError(broken, field);
      }
      return Optional.empty();
    }
  }
}
