package fi.opeverkko.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;

/**
 * What the survey tests need beside the services: a round's window moved in time (a round opens and
 * closes by the calendar, and no test waits for it), and the rounds they opened taken away with
 * their answers, so that the demo's rounds are all the next test meets.
 */
@ApplicationScoped
public class SurveyWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void window(Long roundId, LocalDate opensOn, LocalDate closesOn) {
    em.createNativeQuery("UPDATE survey_round SET opens_on = ?, closes_on = ? WHERE id = ?")
        .setParameter(1, opensOn)
        .setParameter(2, closesOn)
        .setParameter(3, roundId)
        .executeUpdate();
  }

  /** Deletes the rounds of the school years from the start year on, with all their answers. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void removeRoundsFrom(int startYear) {
    String rounds = "SELECT id FROM survey_round WHERE school_year >= " + startYear;
    em.createNativeQuery(
            "DELETE FROM survey_answer WHERE response_id IN"
                + " (SELECT id FROM survey_response WHERE round_id IN ("
                + rounds
                + "))")
        .executeUpdate();
    em.createNativeQuery("DELETE FROM survey_response WHERE round_id IN (" + rounds + ")")
        .executeUpdate();
    em.createNativeQuery("DELETE FROM survey_question WHERE round_id IN (" + rounds + ")")
        .executeUpdate();
    em.createNativeQuery("DELETE FROM survey_round WHERE school_year >= " + startYear)
        .executeUpdate();
  }

  /** Takes back a demo teacher's answers to a round (the browser test answers the open one). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void removeAnswersOf(String login) {
    String responses =
        "SELECT r.id FROM survey_response r JOIN person p ON p.id = r.person_id"
            + " WHERE p.login_name = ?";
    em.createNativeQuery("DELETE FROM survey_answer WHERE response_id IN (" + responses + ")")
        .setParameter(1, login)
        .executeUpdate();
    em.createNativeQuery("DELETE FROM survey_response WHERE id IN (" + responses + ")")
        .setParameter(1, login)
        .executeUpdate();
  }
}
