package fi.opeverkko.competence;

import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.network.NetworkReferences;
import fi.opeverkko.network.Person;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The granting community: computed from the badges people hold, plus the founding members admins
 * name so that somebody can grant the first badges.
 */
@Published
@Stateless
public class CommunityService {

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private GrantingCommunity community;
  @Inject private NetworkReferences references;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** Whether the signed-in user belongs to the community (reviews, keeps the catalogue). */
  public boolean isMember() {
    return community.includes(access.user().personId());
  }

  /** Every member, by name: for admins. */
  public List<CommunityMember> members() {
    access.requireAdmin();
    Set<Long> founding = community.founding();
    Set<Long> holders = community.holdersOfEveryBadge();
    Set<Long> members = community.members();
    if (members.isEmpty()) {
      return List.of();
    }
    // The names in one query, not a lookup per member.
    return em.createQuery(
            "SELECT p.id, p.firstName, p.lastName FROM Person p WHERE p.id IN :members",
            Object[].class)
        .setParameter("members", members)
        .getResultStream()
        .map(
            row ->
                new CommunityMember(
                    (Long) row[0],
                    row[1] + " " + row[2],
                    founding.contains((Long) row[0]),
                    holders.contains((Long) row[0])))
        .sorted(Comparator.comparing(CommunityMember::name))
        .toList();
  }

  public void addFoundingMember(@NotNull Long personId) {
    SignedInUser user = access.requireAdmin();
    Person person =
        references
            .person(personId)
            .orElseThrow(() -> new CompetenceRuleException("competence.noSuchPerson"));
    if (community.isFounding(personId)) {
      throw new CompetenceRuleException("competence.alreadyFounding", person.getFullName());
    }
    em.persist(new FoundingMember(person, user.displayName(), clock.now()));
    audit(user, "ADD_FOUNDING_MEMBER", personId);
  }

  /** Takes a founding member out; their open reviews stay theirs to finish. */
  public void removeFoundingMember(@NotNull Long personId) {
    SignedInUser user = access.requireAdmin();
    int removed =
        em.createQuery("DELETE FROM FoundingMember f WHERE f.person.id = :person")
            .setParameter("person", personId)
            .executeUpdate();
    if (removed == 0) {
      throw new CompetenceRuleException("competence.notFounding");
    }
    audit(user, "REMOVE_FOUNDING_MEMBER", personId);
  }

  private void audit(SignedInUser user, String action, Long personId) {
    auditLog.record(user.loginName(), action, "person " + personId, AuditOutcome.SUCCESS);
  }
}
