package fi.opeverkko.competence;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import fi.opeverkko.audit.AuditLog;
import fi.opeverkko.audit.AuditOutcome;
import fi.opeverkko.identity.SignedInUser;
import fi.opeverkko.platform.Clock;
import fi.opeverkko.platform.JsonBuilders;
import fi.opeverkko.platform.Published;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.io.StringReader;
import java.text.ParseException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.persistence.config.QueryHints;

/**
 * The Open Badges 3.0 face of the grants: the public documents a verifier outside the portal reads
 * (credentials, the issuer's profile and keys, achievements, revocation status lists), the check
 * the public verification page shows, the holder's own credentials and revocation.
 *
 * <p>Everything public is read without a signed-in user; revocation is for admins and the granting
 * community (who grant the badges, and so answer for them), the holder's list for the holder.
 */
@Published
@Stateless
public class CredentialService {

  /** A credential's public id: a random UUID, never anything the database counts. */
  private static final Pattern PUBLIC_ID =
      Pattern.compile("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");

  @PersistenceContext private EntityManager em;
  @Inject private CompetenceAccess access;
  @Inject private Clock clock;
  @Inject private AuditLog auditLog;

  /** The signed credential, a compact JWS ({@code application/vc+jwt}). */
  public Optional<String> signed(String publicId) {
    return find(publicId).map(BadgeCredential::getJws);
  }

  /** The credential as JSON: exactly the payload its signature covers. */
  public Optional<String> json(String publicId) {
    return find(publicId).map(credential -> payloadOf(credential.getJws()));
  }

  /** The badge image with the signed credential baked in (Open Badges 3.0 PNG baking). */
  public Optional<byte[]> baked(String publicId) {
    return find(publicId)
        .map(
            credential ->
                BakedBadge.bake(credential.getGrant().getBadge().getLevel(), credential.getJws()));
  }

  public String issuerProfile() {
    return OpenBadgeDocuments.issuerProfile().toString();
  }

  /** Every public key the portal ever signed with, as a JSON Web Key Set. */
  public String keySet() {
    List<JWK> keys =
        em.createQuery("SELECT k FROM IssuerKey k ORDER BY k.createdAt", IssuerKey.class)
            .getResultStream()
            .map(key -> (JWK) key.publicKey())
            .toList();
    return new JWKSet(keys).toString(true);
  }

  /** A badge as it was on a version of its criteria; empty for a badge or version never made. */
  public Optional<String> achievement(long badgeId, int criteriaVersion) {
    return em.createQuery(
            "SELECT v FROM BadgeVersion v JOIN FETCH v.badge"
                + " WHERE v.badge.id = :badge AND v.number = :number",
            BadgeVersion.class)
        .setParameter("badge", badgeId)
        .setParameter("number", criteriaVersion)
        .getResultStream()
        .findFirst()
        .map(
            version ->
                OpenBadgeDocuments.achievement(version)
                    .add(
                        "@context",
                        JsonBuilders.array()
                            .add(OpenBadgeDocuments.VC_CONTEXT)
                            .add(OpenBadgeDocuments.OB_CONTEXT))
                    .build()
                    .toString());
  }

  /**
   * A revocation status list credential, signed now with the current key: one query for the revoked
   * ids in its range. Empty for a list past the last credential issued.
   */
  public Optional<String> statusList(long listNumber) {
    long first = listNumber * BadgeCredential.STATUS_LIST_SIZE;
    long last = first + BadgeCredential.STATUS_LIST_SIZE - 1;
    Long highest =
        em.createQuery("SELECT MAX(c.id) FROM BadgeCredential c", Long.class).getSingleResult();
    if (listNumber < 0 || highest == null || first > highest) {
      return Optional.empty();
    }
    BitSet revoked = new BitSet(BadgeCredential.STATUS_LIST_SIZE);
    em.createQuery(
            "SELECT c.id FROM BadgeCredential c WHERE c.revokedAt IS NOT NULL"
                + " AND c.id BETWEEN :first AND :last",
            Long.class)
        .setParameter("first", first)
        .setParameter("last", last)
        .getResultStream()
        .forEach(id -> revoked.set((int) (id - first)));
    LocalDateTime now = clock.now();
    return Optional.of(
        CredentialIssuer.sign(
            OpenBadgeDocuments.statusList(listNumber, revoked, now).toString(),
            IssuerKey.signing(em, now)));
  }

  /**
   * Checks a credential as a verifier outside would: its signature against the published key its
   * header names, that it is the one issued under the id, and its bit in the signed status list.
   * Empty for an id the portal never issued.
   */
  public Optional<CredentialCheck> check(String publicId) {
    return find(publicId).map(this::check);
  }

  /** The signed-in holder's credentials, one per badge they hold. */
  public List<CredentialRow> mine() {
    SignedInUser user = access.requireTeachingStaff();
    return em.createQuery(
            "SELECT b, g.criteriaVersion, g.grantedAt, c.publicId, c.revokedAt"
                + " FROM BadgeCredential c JOIN c.grant g JOIN g.badge b"
                + " WHERE g.holder.id = :me ORDER BY g.grantedAt",
            Object[].class)
        .setParameter("me", user.personId())
        .getResultStream()
        .map(
            row -> {
              Badge badge = (Badge) row[0];
              return new CredentialRow(
                  badge.getId(),
                  badge.getName(),
                  badge.getLevel(),
                  (Integer) row[1],
                  (LocalDateTime) row[2],
                  (String) row[3],
                  row[4] != null);
            })
        .toList();
  }

  /** The check of a credential for whoever may revoke it: admins and the granting community. */
  public CredentialCheck forRevocation(@NotNull String publicId) {
    access.requireKeeper();
    return check(publicId)
        .orElseThrow(() -> new CompetenceRuleException("competence.noSuchCredential"));
  }

  /**
   * Revokes a credential for good, with a reason kept in the portal: its bit in the status list is
   * set, and every verifier (the public page too) sees it revoked from then on.
   */
  public void revoke(@NotNull String publicId, String reason) {
    SignedInUser user = access.requireKeeper();
    BadgeCredential credential =
        find(publicId)
            .orElseThrow(() -> new CompetenceRuleException("competence.noSuchCredential"));
    credential.revoke(user.displayName(), reason, clock.now());
    auditLog.record(
        user.loginName(),
        "REVOKE_BADGE_CREDENTIAL",
        "badge credential " + credential.getPublicId(),
        AuditOutcome.SUCCESS);
  }

  private Optional<BadgeCredential> find(String publicId) {
    if (publicId == null || !PUBLIC_ID.matcher(publicId).matches()) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT c FROM BadgeCredential c JOIN FETCH c.grant WHERE c.publicId = :id",
            BadgeCredential.class)
        // Not JOIN FETCH through the grant's alias, which EclipseLink does not follow.
        .setHint(QueryHints.FETCH, "c.grant.badge")
        .setParameter("id", publicId)
        .getResultStream()
        .findFirst();
  }

  private CredentialCheck check(BadgeCredential credential) {
    BadgeGrant grant = credential.getGrant();
    Badge badge = grant.getBadge();
    Optional<JsonObject> signed = verified(credential.getJws());
    boolean issued =
        signed
            .filter(
                payload -> ("urn:uuid:" + credential.getPublicId()).equals(payload.getString("id")))
            .isPresent();
    CredentialState state =
        !issued
            ? CredentialState.INVALID
            : credential.getRevokedAt() != null ? CredentialState.REVOKED : CredentialState.VALID;
    return new CredentialCheck(
        credential.getPublicId(),
        state,
        OpenBadgeDocuments.ISSUER_NAME,
        badge.getName(),
        badge.getLevel(),
        grant.getCriteriaVersion(),
        issued ? recipientOf(signed.get()) : null,
        issued ? awardedAt(signed.get()) : null,
        credential.getRevokedAt());
  }

  /** The payload of a JWS whose signature holds under the portal key its header names. */
  private Optional<JsonObject> verified(String compact) {
    try {
      JWSObject jws = JWSObject.parse(compact);
      String keyId = jws.getHeader().getKeyID();
      IssuerKey key = keyId == null ? null : em.find(IssuerKey.class, keyId);
      if (key == null || !jws.verify(new ECDSAVerifier(key.publicKey()))) {
        return Optional.empty();
      }
      return Optional.of(
          Json.createReader(new StringReader(jws.getPayload().toString())).readObject());
    } catch (ParseException | JOSEException | JsonException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static String recipientOf(JsonObject credential) {
    return credential
        .getJsonObject("credentialSubject")
        .getJsonArray("identifier")
        .getJsonObject(0)
        .getString("identityHash");
  }

  private static LocalDateTime awardedAt(JsonObject credential) {
    return LocalDateTime.ofInstant(
        Instant.parse(credential.getString("validFrom")), Clock.NETWORK_ZONE);
  }

  private static String payloadOf(String compact) {
    try {
      return JWSObject.parse(compact).getPayload().toString();
    } catch (ParseException e) {
      throw new IllegalStateException("a stored credential is not a JWS", e);
    }
  }
}
