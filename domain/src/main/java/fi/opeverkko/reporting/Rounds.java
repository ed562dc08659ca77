package fi.opeverkko.reporting;

import fi.opeverkko.platform.SchoolYear;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Loads rounds with their questions and answer counts for the services of the survey. */
final class Rounds {

  private Rounds() {}

  static SurveyRound existing(EntityManager em, Long roundId) {
    SurveyRound round = em.find(SurveyRound.class, roundId);
    if (round == null) {
      throw new ReportingRuleException("survey.noSuchRound");
    }
    return round;
  }

  static SurveyRound ofYear(EntityManager em, SchoolYear year) {
    return em.createQuery(
            "SELECT r FROM SurveyRound r WHERE r.schoolYear = :year", SurveyRound.class)
        .setParameter("year", year)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /** Every round, the newest first, with its questions: two queries for all of them. */
  static List<RoundRow> all(EntityManager em, LocalDate today) {
    List<SurveyRound> rounds =
        em.createQuery(
                "SELECT DISTINCT r FROM SurveyRound r LEFT JOIN FETCH r.questions",
                SurveyRound.class)
            .getResultList();
    Map<Long, Long> respondents =
        em.createQuery(
                "SELECT r.round.id, COUNT(r) FROM SurveyResponse r GROUP BY r.round.id",
                Object[].class)
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    return rounds.stream()
        .sorted((a, b) -> b.getSchoolYear().compareTo(a.getSchoolYear()))
        .map(round -> row(round, respondents.getOrDefault(round.getId(), 0L), today))
        .toList();
  }

  static RoundRow row(SurveyRound round, long respondents, LocalDate today) {
    return new RoundRow(
        round.getId(),
        round.getSchoolYear(),
        round.getOpensOn(),
        round.getClosesOn(),
        round.stateOn(today),
        round.getQuestions().stream().map(QuestionRow::of).toList(),
        respondents);
  }

  static long respondents(EntityManager em, SurveyRound round) {
    return em.createQuery(
            "SELECT COUNT(r) FROM SurveyResponse r WHERE r.round = :round", Long.class)
        .setParameter("round", round)
        .getSingleResult();
  }
}
