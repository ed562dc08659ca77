package fi.opeverkko.courses;

import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Letter;
import fi.opeverkko.platform.Mailer;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Queues the emails about sign-ups in the transaction of the change, each in its recipient's
 * language: so a letter is kept exactly when the change is.
 */
@Dependent
class CourseLetters {

  private static final String BUNDLE = "fi.opeverkko.courses.mail";

  /** What a letter tells: a key of the bundle ({@code mail.<kind>.subject} and {@code .body}). */
  enum Kind {
    /** To the teacher: a place came free and is theirs. */
    MOVED_IN,
    /** To the principals: a teacher of the school asks for approval. */
    APPROVAL_ASKED,
    /** To the teacher: the principal approved; in or waiting. */
    APPROVED,
    /** To the teacher: the principal declined. */
    DECLINED,
    /** To the teacher: signed up and has a place. */
    SIGNED_UP,
    /** To the teacher: signed up, on the waitlist. */
    WAITLISTED,
    /** To the participant: the course starts in two days. */
    REMINDER,
    /** To the participants: the organiser changed the sessions. */
    SESSIONS_CHANGED,
    /** To the participants: the course was pooled with the neighbouring cities and goes ahead. */
    POOLED,
    /** To the participants: the course was cancelled; the reason is the letter's fifth argument. */
    CANCELLED
  }

  @Inject private Mailer mailer;

  /** Letters to teachers about their own sign-up. */
  void send(Kind kind, Course course, Collection<Person> teachers) {
    queue(kind, course, teachers, teacher -> teacher);
  }

  /** Letters to others (the principals) about a teacher's sign-up: they name the teacher. */
  void sendAbout(Kind kind, Course course, Person teacher, Collection<Person> recipients) {
    queue(kind, course, recipients, recipient -> teacher);
  }

  private void queue(
      Kind kind, Course course, Collection<Person> recipients, UnaryOperator<Person> teacherOf) {
    List<Letter> letters = new ArrayList<>();
    for (Person recipient : recipients) {
      if (recipient.getEmail() != null) {
        letters.add(letter(kind, course, recipient, teacherOf.apply(recipient)));
      }
    }
    mailer.queue(letters, "course " + course.getId() + " (" + kind + ")");
  }

  private static Letter letter(Kind kind, Course course, Person recipient, Person teacher) {
    Locale locale = recipient.preferredLocale();
    return Letter.written(
        BUNDLE,
        kind.name(),
        recipient.getEmail(),
        locale,
        course.getName().in(locale),
        course
            .getFirstDay()
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale)),
        teacher.getFullName(),
        Letter.linkTo("courses/course.xhtml?id=" + course.getId()),
        course.getCancelReason() == null ? "" : course.getCancelReason());
  }
}
