package fi.opeverkko.it;

import fi.opeverkko.network.ExpertTeam;
import fi.opeverkko.network.Person;
import fi.opeverkko.network.TeamMembership;
import fi.opeverkko.platform.LocalizedName;
import fi.opeverkko.platform.SchoolYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What the course tests need beside {@link CompetenceWorld}'s schools and people: an organising
 * team and a person's working language.
 */
@ApplicationScoped
public class CourseWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  private final String run = UUID.randomUUID().toString().substring(0, 8);
  private int made;

  /** A team led by the leader, with the member as its expert this school year; the team's id. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Long team(Long leaderId, Long memberId, SchoolYear year) {
    String code = "KURSSI_" + letters(run + "x" + ++made);
    ExpertTeam team =
        new ExpertTeam(
            code,
            new LocalizedName("Kurssitiimi " + code, "Kursteam " + code, "Course team " + code),
            em.find(Person.class, leaderId));
    em.persist(team);
    em.persist(new TeamMembership(team, em.find(Person.class, memberId), year, BigDecimal.ONE));
    em.flush();
    return team.getId();
  }

  /** A team code takes capital letters only: each character of the text as one. */
  private static String letters(String text) {
    StringBuilder code = new StringBuilder();
    text.chars().forEach(c -> code.append((char) ('A' + Math.floorMod(c, 26))));
    return code.toString();
  }

  /** The person works in Swedish only: the portal writes to them in Swedish. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void speaksSwedish(Long personId) {
    em.createNativeQuery("UPDATE person SET languages = 'SV' WHERE id = ?1")
        .setParameter(1, personId)
        .executeUpdate();
  }
}
