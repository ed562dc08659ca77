package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which levels a person holds the badges for: a level requires every current badge of its own level
 * and of the levels below, and at least one badge of its own (a level the catalogue has no badges
 * for yet cannot be reached by the lower levels' badges alone).
 */
@Dependent
class LevelRequirements {

  @PersistenceContext private EntityManager em;

  /** The levels whose badges the person holds, from two grouped queries. */
  Set<Level> reachedBy(Long personId) {
    Map<Level, Long> required =
        countByLevel(
            em.createQuery(
                "SELECT b.level, COUNT(b) FROM Badge b WHERE b.retired = FALSE GROUP BY b.level",
                Object[].class));
    Map<Level, Long> held =
        countByLevel(
            em.createQuery(
                    "SELECT g.badge.level, COUNT(g) FROM BadgeGrant g"
                        + BadgeGrant.WITH_CREDENTIAL
                        + " WHERE g.holder.id = :person AND g.badge.retired = FALSE AND "
                        + BadgeGrant.STANDS
                        + " GROUP BY g.badge.level",
                    Object[].class)
                .setParameter("person", personId));
    return reached(required, held);
  }

  /** The levels reached, given the current badges and the held ones by level. */
  static Set<Level> reached(Map<Level, Long> required, Map<Level, Long> held) {
    Set<Level> reached = EnumSet.noneOf(Level.class);
    for (Level level : Level.values()) {
      boolean ownBadges = required.getOrDefault(level, 0L) > 0;
      boolean allHeld =
          required.entrySet().stream()
              .filter(entry -> level.includes(entry.getKey()))
              .allMatch(entry -> held.getOrDefault(entry.getKey(), 0L).equals(entry.getValue()));
      if (ownBadges && allHeld) {
        reached.add(level);
      }
    }
    return reached;
  }

  /**
   * Puts the levels the person has newly reached before their principal. A level already waiting,
   * confirmed or returned is left as it is (the teacher asks again for a returned one).
   */
  void afterGrant(Person holder, LocalDateTime now) {
    Set<Level> known = EnumSet.noneOf(Level.class);
    known.addAll(
        em.createQuery(
                "SELECT c.level FROM LevelConfirmation c WHERE c.person.id = :person", Level.class)
            .setParameter("person", holder.getId())
            .getResultList());
    for (Level level : reachedBy(holder.getId())) {
      if (!known.contains(level)) {
        em.persist(new LevelConfirmation(holder, level, now));
      }
    }
  }

  private static Map<Level, Long> countByLevel(TypedQuery<Object[]> query) {
    Map<Level, Long> counts = new EnumMap<>(Level.class);
    query.getResultList().forEach(row -> counts.put((Level) row[0], (Long) row[1]));
    return counts;
  }
}
