package fi.opeverkko.it;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.visits.VisitAction;
import fi.opeverkko.visits.VisitDetails;
import fi.opeverkko.visits.VisitReplay;
import fi.opeverkko.visits.VisitRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;

/** Training requests sent and answered at given times, for the teams' waiting-time trends. */
@ApplicationScoped
public class WaitingWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  /**
   * A request of the school to the team sent at {@code sent}, then given the team's {@code answer}
   * (or the school's cancellation) at {@code answered}; with no answer it waits. Its id.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long request(
      Long schoolId,
      Long teamId,
      Long requesterId,
      LocalDateTime sent,
      VisitAction answer,
      LocalDateTime answered) {
    VisitDetails details = new VisitDetails();
    details.setSchoolId(schoolId);
    details.setTeamId(teamId);
    details.setNeed("Odotusaikojen testi");
    details.setParticipants(10);
    details.setPreferredFrom(sent.toLocalDate().plusWeeks(3));
    details.setPreferredUntil(sent.toLocalDate().plusWeeks(6));
    details.setGoal("Odotusaika lasketaan työpäivinä.");
    VisitReplay replay = new VisitReplay(em);
    VisitRequest request =
        replay.request(
            em.find(School.class, schoolId),
            em.find(ExpertTeam.class, teamId),
            null,
            em.find(Person.class, requesterId),
            details,
            sent);
    replay.step(request, VisitAction.SUBMIT, "test", null, sent);
    if (answer != null) {
      replay.step(
          request, answer, "test", answer.requiresReason() ? "Ei tällä kertaa." : null, answered);
    }
    em.flush();
    return request.getId();
  }

  /** Forgets the working days kept from the requests' answers, as before the migration V17. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void forgetAnswerWorkingDays(Long teamId) {
    em.createNativeQuery("UPDATE visit_request SET answer_working_days = NULL WHERE team_id = ?1")
        .setParameter(1, teamId)
        .executeUpdate();
  }
}
