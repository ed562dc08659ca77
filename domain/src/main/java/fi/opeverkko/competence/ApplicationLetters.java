package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Letter;
import java.util.List;
import java.util.Locale;

/**
 * The email a badge application's step calls for, in its recipient's language: the reviewer hears
 * that an application waits for them (sent, or sent back with more evidence), the teacher what the
 * reviewer decided, with the comment. Both are linked to the application's page.
 */
final class ApplicationLetters {

  private static final String BUNDLE = "fi.opeverkko.competence.mail";

  private ApplicationLetters() {}

  static List<Letter> about(ApplicationEvent step) {
    BadgeApplication application = step.getApplication();
    ApplicationAction action = step.getAction();
    Person recipient =
        action == ApplicationAction.SUBMIT || action == ApplicationAction.RESUBMIT
            ? application.getReviewer()
            : application.getApplicant();
    if (recipient == null || recipient.getEmail() == null) {
      return List.of();
    }
    Locale locale = recipient.preferredLocale();
    return List.of(
        Letter.written(
            BUNDLE,
            action.name(),
            recipient.getEmail(),
            locale,
            application.getBadge().getName().in(locale),
            application.getApplicant().getFullName(),
            step.getComment() == null ? "" : step.getComment(),
            Letter.linkTo("competence/application.xhtml?id=" + application.getId())));
  }
}
