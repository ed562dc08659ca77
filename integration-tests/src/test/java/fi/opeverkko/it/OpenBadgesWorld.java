package fi.opeverkko.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** What OpenBadgesIT does to the database behind the services' backs: a forger's work. */
@ApplicationScoped
public class OpenBadgesWorld {

  @PersistenceContext(unitName = "opeverkko")
  private EntityManager em;

  /** Puts another JWS in the place of the credential's, as if somebody changed the row. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void replaceSigned(String publicId, String jws) {
    em.createNativeQuery("UPDATE badge_credential SET jws = ? WHERE public_id = ?")
        .setParameter(1, jws)
        .setParameter(2, publicId)
        .executeUpdate();
  }

  /**
   * Grants that have no credential: none, if every grant path issues one. The scale test's grants
   * are not counted: its loader writes rows in bulk, past the grant path (its people's logins begin
   * "scale-"), and they stay for the tests after it.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long grantsWithoutCredential() {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM badge_grant g JOIN person p ON p.id = g.holder_id"
                        + " WHERE p.login_name NOT LIKE 'scale-%' AND NOT EXISTS"
                        + " (SELECT 1 FROM badge_credential c WHERE c.grant_id = g.id)")
                .getSingleResult())
        .longValue();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long credentials() {
    return ((Number)
            em.createNativeQuery("SELECT COUNT(*) FROM badge_credential").getSingleResult())
        .longValue();
  }
}
