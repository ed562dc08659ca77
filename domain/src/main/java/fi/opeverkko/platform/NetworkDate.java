package fi.opeverkko.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A day the network's work can be on: not before the first school year the portal knows, and at
 * most two school years ahead. A mistyped year (1900, 2206) is refused with a message on the field
 * instead of failing deeper down or being saved as if meant. Null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = NetworkDate.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface NetworkDate {

  String message() default "{opeverkko.dateWindow}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The rule, the same for every date field of the portal. */
  public class Check implements ConstraintValidator<NetworkDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
      return date == null || within(date, LocalDate.now(Clock.NETWORK_ZONE));
    }

    /** Whether the day is within the network's window as seen on {@code today}. */
    public static boolean within(LocalDate date, LocalDate today) {
      LocalDate latest = SchoolYear.containing(today).next().next().lastDay();
      return !date.isBefore(SchoolYear.FIRST.firstDay()) && !date.isAfter(latest);
    }
  }
}
