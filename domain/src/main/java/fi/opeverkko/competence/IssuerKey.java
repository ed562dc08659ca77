package fi.opeverkko.competence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.text.ParseException;
import java.time.LocalDateTime;

/**
 * One of the portal's keys for signing credentials: ES256 (ECDSA on P-256), which the JDK signs and
 * verifies without another crypto library, and which Open Badges 3.0 verifiers accept. The key id
 * is the key's RFC 7638 thumbprint and stands in the header of every credential it signs.
 *
 * <p>Made once, on the first grant, and kept in the database: every node of a cluster signs with
 * the same key and the backups keep it. The newest key signs; the older ones stay published so that
 * what they signed still verifies, which also makes a new key (rotation) a matter of adding a row.
 * The private half leaves this class only as a signer: no getter, no {@code toString}.
 */
@Entity
@Table(name = "issuer_key")
public class IssuerKey {

  @Id
  @Column(name = "key_id")
  private String keyId;

  @Column(name = "public_jwk")
  private String publicJwk;

  @Column(name = "private_jwk")
  private String privateJwk;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected IssuerKey() {}

  private IssuerKey(ECKey key, LocalDateTime now) {
    this.keyId = key.getKeyID();
    this.publicJwk = key.toPublicJWK().toJSONString();
    this.privateJwk = key.toJSONString();
    this.createdAt = now;
  }

  /**
   * The key that signs now: the newest, or a new one made and kept if the portal has none yet. Two
   * first grants at the same moment may each make one; both are published, so either verifies.
   */
  static IssuerKey signing(EntityManager em, LocalDateTime now) {
    return em.createQuery("SELECT k FROM IssuerKey k ORDER BY k.createdAt DESC", IssuerKey.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              IssuerKey made = new IssuerKey(generate(), now);
              em.persist(made);
              return made;
            });
  }

  private static ECKey generate() {
    try {
      return new ECKeyGenerator(Curve.P_256)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.ES256)
          .keyIDFromThumbprint(true)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("no P-256 key generator in this JVM", e);
    }
  }

  JWSSigner signer() {
    try {
      return new ECDSASigner(ECKey.parse(privateJwk));
    } catch (ParseException | JOSEException e) {
      // Never the key itself in the message: it would end up in the server log.
      throw new IllegalStateException("issuer key " + keyId + " cannot sign", e);
    }
  }

  /** The public half, as a JWK. */
  ECKey publicKey() {
    try {
      return ECKey.parse(publicJwk);
    } catch (ParseException e) {
      throw new IllegalStateException("issuer key " + keyId + " is not a JWK", e);
    }
  }

  public String getKeyId() {
    return keyId;
  }
}
