package fi.opeverkko.competence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.opeverkko.network.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class BadgeApplicationTest {

  /** A Monday. */
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 5, 9, 0);

  private final Person teacher = Fixtures.person("Opettaja");
  private final Person reviewer = Fixtures.person("Arvioija");

  private BadgeApplication draft(String description) {
    BadgeDetails details = Fixtures.details(Level.BASIC, "Käyttää");
    Badge badge = new Badge(details);
    badge.firstVersion(details, "Aino", NOW);
    return new BadgeApplication(badge, teacher, new EvidenceDetails(description, List.of()), NOW);
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(CompetenceRuleException.class, action).messageKey());
  }

  @Test
  @DisplayName("Sent, asked for more with a comment, resent, granted: each step for the history")
  void reviewedWithHistory() {
    BadgeApplication application = draft("Käytin Classroomia.");
    application.assignTo(reviewer);
    ApplicationEvent sent = application.apply(ApplicationAction.SUBMIT, "Olli", null, NOW);
    assertEquals(ApplicationStatus.DRAFT, sent.getFromStatus());
    assertEquals(ApplicationStatus.SUBMITTED, sent.getToStatus());
    assertEquals(NOW, application.getSubmittedAt());
    refused("competence.notEditable", application::requireEditable);

    refused(
        "competence.commentRequired",
        () -> application.apply(ApplicationAction.ASK_MORE, "Aila", "  ", NOW));
    ApplicationEvent asked =
        application.apply(ApplicationAction.ASK_MORE, "Aila", " Lisää kuva. ", NOW.plusDays(1));
    assertEquals("Lisää kuva.", asked.getComment());
    application.changeEvidence(
        new EvidenceDetails("Käytin Classroomia ja kuvasin.", List.of("https://esim.fi/x")),
        NOW.plusDays(2));
    assertEquals(List.of("https://esim.fi/x"), application.links());

    application.apply(ApplicationAction.RESUBMIT, "Olli", null, NOW.plusDays(2));
    assertEquals(NOW.plusDays(2), application.getSubmittedAt(), "the reviewer's days run anew");
    ApplicationEvent granted =
        application.apply(ApplicationAction.GRANT, "Aila", null, NOW.plusDays(3));
    assertEquals(ApplicationStatus.GRANTED, granted.getToStatus());
    assertNull(granted.getComment());
    assertEquals(NOW.plusDays(3), application.getDecidedAt());
    refused(
        "competence.illegalTransition",
        () -> application.apply(ApplicationAction.DECLINE, "Aila", "Ei", NOW));
  }

  @Test
  @DisplayName("Not sent without a description; a decline says why; nobody reviews themselves")
  void refusals() {
    BadgeApplication empty = draft("   ");
    assertNull(empty.getDescription());
    empty.assignTo(reviewer);
    refused(
        "competence.descriptionRequired",
        () -> empty.apply(ApplicationAction.SUBMIT, "Olli", null, NOW));

    BadgeApplication own = draft("Kuvaus");
    refused("competence.ownReview", () -> own.assignTo(teacher));

    BadgeApplication sent = draft("Kuvaus");
    sent.assignTo(reviewer);
    sent.apply(ApplicationAction.SUBMIT, "Olli", null, NOW);
    refused(
        "competence.commentRequired",
        () -> sent.apply(ApplicationAction.DECLINE, "Aila", null, NOW));
    refused(
        "competence.commentTooLong",
        () -> sent.apply(ApplicationAction.DECLINE, "Aila", "x".repeat(2001), NOW));
    assertEquals(ApplicationStatus.SUBMITTED, sent.getStatus(), "a refusal changes nothing");
  }

  @Test
  @DisplayName("Links are web addresses only, at most ten; the description fits its column")
  void evidenceIsChecked() {
    BadgeApplication application = draft("Kuvaus");
    refused(
        "competence.badLink",
        () ->
            application.changeEvidence(
                new EvidenceDetails("x", List.of("javascript:alert(1)")), NOW));
    refused(
        "competence.badLink",
        () -> application.changeEvidence(new EvidenceDetails("x", List.of("https://")), NOW));
    refused(
        "competence.tooManyLinks",
        () ->
            application.changeEvidence(
                new EvidenceDetails("x", Collections.nCopies(11, "https://a.fi")), NOW));
    refused(
        "competence.descriptionTooLong",
        () -> application.changeEvidence(new EvidenceDetails("x".repeat(4001), null), NOW));
    application.changeEvidence(
        new EvidenceDetails("x", Arrays.asList(" http://a.fi/b ", "", null)), NOW);
    assertEquals(List.of("http://a.fi/b"), application.links(), "blank lines dropped");
  }

  @Test
  @DisplayName("A review is overdue after ten working days, counted without weekends and holidays")
  void overdueAfterTenWorkingDays() {
    BadgeApplication application = draft("Kuvaus");
    application.assignTo(reviewer);
    // Friday 4 December 2026: Independence Day (Sunday 6th) falls on a weekend that year.
    LocalDateTime sent = LocalDateTime.of(2026, 12, 4, 15, 0);
    application.apply(ApplicationAction.SUBMIT, "Olli", null, sent);
    LocalDate tenth = LocalDate.of(2026, 12, 18);
    assertEquals(10, application.waitingWorkingDays(tenth));
    assertFalse(application.overdue(tenth));
    assertTrue(application.overdue(LocalDate.of(2026, 12, 21)), "the eleventh working day");
    // Christmas Eve to Boxing Day and the weekend after do not count.
    assertEquals(13, application.waitingWorkingDays(LocalDate.of(2026, 12, 23)));
    assertEquals(13, application.waitingWorkingDays(LocalDate.of(2026, 12, 27)));

    application.apply(ApplicationAction.ASK_MORE, "Aila", "Lisää", sent.plusDays(20));
    assertEquals(0, application.waitingWorkingDays(LocalDate.of(2027, 1, 30)));
    assertFalse(application.overdue(LocalDate.of(2027, 1, 30)), "the teacher holds it now");
  }
}
