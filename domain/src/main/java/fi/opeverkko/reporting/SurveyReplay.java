package fi.opeverkko.reporting;

import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes survey rounds and answers at given times through the entities' own rules, without a
 * signed-in user, audit or mail: for the demo module and the tests' loaders. Needs the caller's
 * entity manager and transaction.
 */
public class SurveyReplay {

  private final EntityManager em;

  public SurveyReplay(EntityManager em) {
    this.em = em;
  }

  /** A round written on the day it opens (so a round of a year gone may be written). */
  public SurveyRound round(RoundDetails details, String author) {
    SurveyRound round = new SurveyRound(details, author, details.opensOn());
    em.persist(round);
    return round;
  }

  /**
   * A teacher's answers to the round, given at the time.
   *
   * @param steps a step for each question, in the round's order
   */
  public void answer(
      SurveyRound round, Person person, School school, List<SurveyStep> steps, LocalDateTime at) {
    Map<Long, SurveyStep> byQuestion = new HashMap<>();
    List<SurveyQuestion> questions = round.getQuestions();
    for (int q = 0; q < questions.size(); q++) {
      byQuestion.put(questions.get(q).getId(), steps.get(q));
    }
    SurveyResponse response = new SurveyResponse(round, person, school);
    response.answer(byQuestion, at);
    em.persist(response);
  }
}
