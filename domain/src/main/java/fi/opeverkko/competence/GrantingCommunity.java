package fi.opeverkko.competence;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The granting community: whoever holds every current badge of the three levels (seeds 000), and
 * the founding members admins named to grant the first badges. Computed from the grants every time,
 * never typed in: a new badge in the catalogue takes the members without it out until they earn it,
 * and retiring a badge lets in those who lacked only that one.
 */
@Dependent
class GrantingCommunity {

  @PersistenceContext private EntityManager em;

  /** Everybody in the community. */
  Set<Long> members() {
    Set<Long> members = new HashSet<>(founding());
    members.addAll(holdersOfEveryBadge());
    return members;
  }

  boolean includes(Long personId) {
    return personId != null && (isFounding(personId) || holdsEveryBadge(personId));
  }

  boolean isFounding(Long personId) {
    return em.createQuery(
                "SELECT COUNT(f) FROM FoundingMember f WHERE f.person.id = :person", Long.class)
            .setParameter("person", personId)
            .getSingleResult()
        > 0;
  }

  Set<Long> founding() {
    return new HashSet<>(
        em.createQuery("SELECT f.person.id FROM FoundingMember f", Long.class).getResultList());
  }

  /** The people who hold every current badge, in one grouped query over the grants. */
  Set<Long> holdersOfEveryBadge() {
    long current = currentBadgesIfEveryLevelHasOne();
    if (current == 0) {
      return Set.of();
    }
    List<Long> holders =
        em.createQuery(
                "SELECT g.holder.id FROM BadgeGrant g"
                    + BadgeGrant.WITH_CREDENTIAL
                    + " WHERE g.badge.retired = FALSE AND "
                    + BadgeGrant.STANDS
                    + " GROUP BY g.holder.id HAVING COUNT(g) = :current",
                Long.class)
            .setParameter("current", current)
            .getResultList();
    return new HashSet<>(holders);
  }

  private boolean holdsEveryBadge(Long personId) {
    long current = currentBadgesIfEveryLevelHasOne();
    return current > 0
        && em.createQuery(
                    "SELECT COUNT(g) FROM BadgeGrant g"
                        + BadgeGrant.WITH_CREDENTIAL
                        + " WHERE g.holder.id = :person AND g.badge.retired = FALSE AND "
                        + BadgeGrant.STANDS,
                    Long.class)
                .setParameter("person", personId)
                .getSingleResult()
            == current;
  }

  /**
   * How many current badges the catalogue has, or 0 while a level has none: the badges "of all
   * three levels" need all three, or the holders of a half-built catalogue's few badges would grant
   * the rest.
   */
  private long currentBadgesIfEveryLevelHasOne() {
    List<Object[]> byLevel =
        em.createQuery(
                "SELECT b.level, COUNT(b) FROM Badge b WHERE b.retired = FALSE GROUP BY b.level",
                Object[].class)
            .getResultList();
    if (byLevel.size() < Level.values().length) {
      return 0;
    }
    return byLevel.stream().mapToLong(row -> (Long) row[1]).sum();
  }
}
