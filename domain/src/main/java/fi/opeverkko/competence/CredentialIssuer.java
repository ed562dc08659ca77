package fi.opeverkko.competence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;

/**
 * Issues a grant as a signed Open Badges 3.0 credential, in the caller's transaction: for {@link
 * ApplicationService#grant} and for {@link CompetenceReplay}, so the demo's grants get theirs too.
 *
 * <p>The proof is VC-JOSE (W3C "Securing Verifiable Credentials using JOSE and COSE"): the
 * credential itself is the payload of a compact JWS with {@code typ: vc+jwt}, {@code cty: vc} and
 * the signing key's id as {@code kid}, which a verifier looks up in the published key set. Open
 * Badges 3.0 accepts this form beside embedded Data Integrity proofs, and it needs no JSON-LD
 * canonicalisation, which Java has no well-kept library for.
 */
final class CredentialIssuer {

  private static final JOSEObjectType VC_JWT = new JOSEObjectType("vc+jwt");

  private final EntityManager em;

  /** Looked up on the first issue only: a replay of thousands of grants asks once. */
  private IssuerKey key;

  CredentialIssuer(EntityManager em) {
    this.em = em;
  }

  /** The credential of a grant just persisted, on the criteria version it was granted on. */
  BadgeCredential issue(BadgeGrant grant, BadgeVersion version, LocalDateTime now) {
    if (key == null) {
      key = IssuerKey.signing(em, now);
    }
    BadgeCredential credential = new BadgeCredential(grant, key, now);
    // Persisting gives the id from the sequence at once; the id is the status list index, which
    // the signed document names.
    em.persist(credential);
    if (credential.getId() == null) {
      throw new IllegalStateException("a credential's id is its status index: none assigned");
    }
    credential.sign(sign(OpenBadgeDocuments.credential(credential, version).toString(), key));
    return credential;
  }

  /** A compact JWS of the JSON, signed with the key and naming it in the header. */
  static String sign(String json, IssuerKey key) {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.ES256)
                .type(VC_JWT)
                .contentType("vc")
                .keyID(key.getKeyId())
                .build(),
            new Payload(json));
    try {
      jws.sign(key.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with issuer key " + key.getKeyId() + " failed", e);
    }
    return jws.serialize();
  }
}
