package fi.opeverkko.visits;

import fi.opeverkko.feedback.FeedbackResult;
import fi.opeverkko.feedback.SubjectKind;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.LocalizedName;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A visit's feedback as it is reported to feedback after every answer: its team, its experts as the
 * trainers, its day, and the ratings so far.
 */
final class VisitFeedbackResult {

  private VisitFeedbackResult() {}

  static FeedbackResult of(EntityManager em, VisitRequest request) {
    Object[] totals =
        em.createQuery(
                "SELECT COALESCE(SUM(f.rating), 0), COUNT(f) FROM VisitFeedback f"
                    + " WHERE f.request = :r",
                Object[].class)
            .setParameter("r", request)
            .getSingleResult();
    Set<Person> experts =
        ExpertBooking.withExperts(em, request).stream()
            .map(ExpertBooking::getExpert)
            .collect(Collectors.toSet());
    LocalDate heldOn =
        request.getStartsAt() != null
            ? request.getStartsAt().toLocalDate()
            : request.getPreferredFrom();
    return new FeedbackResult(
        SubjectKind.VISIT,
        request.getId(),
        new LocalizedName(
            request.subject(Locale.forLanguageTag("fi")),
            request.subject(Locale.forLanguageTag("sv")),
            request.subject(Locale.ENGLISH)),
        request.getTeam(),
        experts,
        heldOn,
        ((Number) totals[0]).intValue(),
        ((Number) totals[1]).intValue());
  }
}
