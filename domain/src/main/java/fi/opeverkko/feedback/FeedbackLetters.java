package fi.opeverkko.feedback;

import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Letter;
import fi.opeverkko.platform.Mailer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells the trainers and the team's leader, each in their own language and through the outbox, that
 * a feedback discussion was opened. A central unit's course has no leader in the registry (the
 * admins lead it, a Keycloak role): they find it in their list of discussions.
 */
@Dependent
class FeedbackLetters {

  private static final String BUNDLE = "fi.opeverkko.feedback.mail";

  @Inject private Mailer mailer;

  void opened(FeedbackDiscussion discussion) {
    FeedbackSubject subject = discussion.getSubject();
    Set<Person> recipients = new LinkedHashSet<>(subject.getTrainers());
    if (subject.getTeam() != null && subject.getTeam().getLeader() != null) {
      recipients.add(subject.getTeam().getLeader());
    }
    List<Letter> letters =
        recipients.stream()
            .filter(person -> person.getEmail() != null)
            .map(person -> letter(discussion, person))
            .toList();
    mailer.queue(letters, "feedback discussion " + discussion.getId());
  }

  private static Letter letter(FeedbackDiscussion discussion, Person recipient) {
    Locale locale = recipient.preferredLocale();
    NumberFormat decimal = NumberFormat.getNumberInstance(locale);
    decimal.setMaximumFractionDigits(1);
    decimal.setMinimumFractionDigits(1);
    FeedbackSubject subject = discussion.getSubject();
    return Letter.written(
        BUNDLE,
        "DISCUSSION_OPENED",
        recipient.getEmail(),
        locale,
        subject.getTitle().in(locale),
        decimal.format(subject.average()),
        discussion
            .getDueOn()
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)),
        Letter.linkTo("feedback/discussion.xhtml?id=" + discussion.getId()));
  }
}
