package fi.opeverkko.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A grant issued as an Open Badges 3.0 credential: the signed JWS the holder takes away, under a
 * public id nobody can guess (the verification page shows the holder's name, so the addresses must
 * not be countable). Its row id is its index in the revocation status lists. Revoked, it stays
 * downloadable as it was signed; the status list says it no longer holds.
 */
@Entity
@Table(name = "badge_credential")
public class BadgeCredential {

  /** Entries in one status list: the W3C minimum of 16 kB, so that a list hides who is in it. */
  static final int STATUS_LIST_SIZE = 131_072;

  @Id
  @SequenceGenerator(
      name = "badge_credential_seq",
      sequenceName = "badge_credential_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_credential_seq")
  private Long id;

  @Column(name = "public_id")
  private String publicId;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "grant_id")
  private BadgeGrant grant;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "key_id")
  private IssuerKey key;

  @Column(name = "issued_at")
  private LocalDateTime issuedAt;

  private String jws;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revoke_reason")
  private String revokeReason;

  @Version private long version;

  protected BadgeCredential() {}

  /** A credential for the grant, signed by {@link #sign} once persisted and given its index. */
  BadgeCredential(BadgeGrant grant, IssuerKey key, LocalDateTime now) {
    this.publicId = UUID.randomUUID().toString();
    this.grant = grant;
    this.key = key;
    this.issuedAt = now;
  }

  void sign(String jws) {
    this.jws = jws;
  }

  /** Revokes it for good, with the reason kept for the portal (the public page shows no reason). */
  void revoke(String by, String reason, LocalDateTime now) {
    if (revokedAt != null) {
      throw new CompetenceRuleException("competence.credentialRevoked");
    }
    String given = Blanks.toNull(reason);
    if (given == null) {
      throw new CompetenceRuleException("competence.revokeReasonRequired");
    }
    if (given.length() > BadgeApplication.COMMENT_MAX_LENGTH) {
      throw new CompetenceRuleException(
          "competence.commentTooLong", BadgeApplication.COMMENT_MAX_LENGTH);
    }
    this.revokedAt = now;
    this.revokedBy = by;
    this.revokeReason = given;
  }

  /** The index of its bit in the whole of the status lists. */
  long statusIndex() {
    return id;
  }

  public Long getId() {
    return id;
  }

  public String getPublicId() {
    return publicId;
  }

  public BadgeGrant getGrant() {
    return grant;
  }

  public IssuerKey getKey() {
    return key;
  }

  public LocalDateTime getIssuedAt() {
    return issuedAt;
  }

  public String getJws() {
    return jws;
  }

  public LocalDateTime getRevokedAt() {
    return revokedAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
