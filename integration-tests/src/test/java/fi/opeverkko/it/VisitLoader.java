package fi.opeverkko.it;

import fi.opeverkko.demo.VisitSamples;
import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.School;
import fi.opeverkko.network.TeamTopic;
import fi.opeverkko.visits.VisitStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Fills the database with many visits for measuring the pages, a batch per transaction. (A CDI
 * bean, not an EJB: an EJB in the test module would give it a security domain of its own.)
 */
@ApplicationScoped
public class VisitLoader {

  private static final VisitStatus[] MIX = {
    VisitStatus.CLOSED, VisitStatus.CLOSED, VisitStatus.CLOSED, VisitStatus.DELIVERED,
    VisitStatus.DECLINED, VisitStatus.CANCELLED, VisitStatus.SCHEDULED, VisitStatus.ACCEPTED,
    VisitStatus.SUBMITTED, VisitStatus.DRAFT
  };

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  /** Adds {@code count} visits of every status spread over the schools and teams. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void load(int offset, int count) {
    // Ids only, each school, team and topic read when a visit goes to it: every entity the unit of
    // work holds is compared at each flush (one a feedback), and the scale tests before this one
    // leave hundreds of schools and thousands of topics (93 s for 10,000 visits in CI with the
    // schools held, 69 s with the topics).
    List<Long> schools =
        em.createQuery("SELECT s.id FROM School s WHERE s.active = TRUE ORDER BY s.id", Long.class)
            .getResultList();
    List<Long> teams =
        em.createQuery("SELECT t.id FROM ExpertTeam t ORDER BY t.id", Long.class).getResultList();
    Map<Long, Long> firstTopic =
        em.createQuery(
                "SELECT t.team.id, MIN(t.id) FROM TeamTopic t GROUP BY t.team.id", Object[].class)
            .getResultStream()
            .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    Person requester =
        em.createQuery("SELECT p FROM Person p WHERE p.loginName = 'principal'", Person.class)
            .getSingleResult();
    VisitSamples samples = new VisitSamples(em, LocalDateTime.now());
    for (int i = offset; i < offset + count; i++) {
      Long team = teams.get(i % teams.size());
      Long topic = firstTopic.get(team);
      samples.visit(
          em.find(School.class, schools.get(i % schools.size())),
          em.find(ExpertTeam.class, team),
          topic == null ? null : em.find(TeamTopic.class, topic),
          requester,
          MIX[i / teams.size() % MIX.length],
          // Spread over two years, so that the calendars and months have some of each.
          200 + i % 500,
          List.of(),
          1 + i % 5);
    }
  }
}
