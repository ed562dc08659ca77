package fi.opeverkko.visits;

import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Letter;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Writes the emails a change of a visit calls for, each in its recipient's language: the team
 * leader hears of new requests and cancellations (every team leader of a need sent to no team, for
 * the triage list), the school of the team taking a request sent to no team, of answers, dates and
 * the feedback form, the experts of their bookings.
 */
@Stateless
public class VisitLetters {

  private static final String BUNDLE = "fi.opeverkko.visits.mail";

  /** The letter to every team leader of a need sent to no team, pointing to the triage list. */
  private static final String TRIAGE = "TRIAGE";

  @PersistenceContext private EntityManager em;
  @Inject private NetworkReferences references;

  /** Runs in the transaction of the change, which it reads as it stands at the end. */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public List<Letter> about(VisitChanged change) {
    VisitRequest visit = em.find(VisitRequest.class, change.requestId());
    if (visit == null) {
      return List.of();
    }
    if (change.action() == VisitAction.SUBMIT && visit.getTeam() == null) {
      return letters(references.teamLeaders(), visit, TRIAGE, null, "visits/triage.xhtml");
    }
    Set<Person> recipients = new LinkedHashSet<>();
    Person leader = visit.getTeam() == null ? null : visit.getTeam().getLeader();
    switch (change.action()) {
      case SUBMIT -> addIfPresent(recipients, leader);
      case TAKE, ACCEPT, DECLINE, DELIVER -> recipients.add(visit.getRequestedBy());
      case SCHEDULE, RESCHEDULE -> {
        recipients.add(visit.getRequestedBy());
        recipients.addAll(expertsOf(visit));
      }
      case CANCEL -> {
        recipients.add(visit.getRequestedBy());
        addIfPresent(recipients, leader);
        recipients.addAll(expertsOf(visit));
      }
      default -> {
        // Closing a visit concerns nobody outside the team's own list.
      }
    }
    // Only the actions that need a reason name one in their letters.
    String reason = change.action().requiresReason() ? lastReason(visit) : null;
    return letters(
        recipients,
        visit,
        change.action().name(),
        reason,
        "visits/visit.xhtml?id=" + visit.getId());
  }

  /** A letter of the kind to each recipient who has an email address. */
  private static List<Letter> letters(
      Collection<Person> recipients, VisitRequest visit, String kind, String reason, String page) {
    List<Letter> letters = new ArrayList<>();
    for (Person recipient : recipients) {
      if (recipient.getEmail() != null) {
        letters.add(letter(recipient, visit, kind, reason, page));
      }
    }
    return letters;
  }

  private static void addIfPresent(Set<Person> recipients, Person person) {
    if (person != null) {
      recipients.add(person);
    }
  }

  private List<Person> expertsOf(VisitRequest visit) {
    return ExpertBooking.withExperts(em, visit).stream().map(ExpertBooking::getExpert).toList();
  }

  /** The reason given with the latest change (null when it needed none). */
  private String lastReason(VisitRequest visit) {
    List<String> reasons =
        em.createQuery(
                "SELECT e.reason FROM VisitEvent e WHERE e.request = :r"
                    + " ORDER BY e.occurredAt DESC, e.id DESC",
                String.class)
            .setParameter("r", visit)
            .setMaxResults(1)
            .getResultList();
    return reasons.isEmpty() ? null : reasons.get(0);
  }

  private static Letter letter(
      Person recipient, VisitRequest visit, String kind, String reason, String page) {
    Locale locale = recipient.preferredLocale();
    String when =
        visit.getStartsAt() == null
            ? ""
            : visit
                .getStartsAt()
                .format(
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
    return Letter.written(
        BUNDLE,
        kind,
        recipient.getEmail(),
        locale,
        visit.getSchool().name(locale),
        visit.getTeam() == null
            ? ResourceBundle.getBundle(BUNDLE, locale).getString("mail.noTeam")
            : visit.getTeam().name(locale),
        visit.subject(locale),
        when,
        reason == null ? "" : reason,
        Letter.linkTo(page));
  }
}
