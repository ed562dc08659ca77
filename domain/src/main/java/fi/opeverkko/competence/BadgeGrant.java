package fi.opeverkko.competence;

import fi.opeverkko.network.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A badge granted to a person on the evidence of an application, on the criteria version in force
 * that day: a later version of the criteria leaves it as valid as it was.
 */
@Entity
@Table(name = "badge_grant")
public class BadgeGrant {

  /**
   * JPQL, after {@code FROM BadgeGrant g}: the grant's credential as {@code c}, for {@link
   * #STANDS}. A join, not a subquery: next to a subquery EclipseLink writes a boolean as 0, which
   * H2 refuses to compare with a boolean column.
   */
  static final String WITH_CREDENTIAL = " LEFT JOIN BadgeCredential c ON c.grant = g";

  /**
   * JPQL: the grant {@code g} still stands, its credential ({@link #WITH_CREDENTIAL}) not revoked.
   * A revoked badge counts no more toward a level or the granting community.
   */
  static final String STANDS = "c.revokedAt IS NULL";

  @Id
  @SequenceGenerator(
      name = "badge_grant_seq",
      sequenceName = "badge_grant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_grant_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "badge_id")
  private Badge badge;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "holder_id")
  private Person holder;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "application_id")
  private BadgeApplication application;

  @Column(name = "criteria_version")
  private int criteriaVersion;

  @Column(name = "granted_at")
  private LocalDateTime grantedAt;

  @Column(name = "granted_by")
  private String grantedBy;

  protected BadgeGrant() {}

  /** The grant an application earned, on its badge's current criteria. */
  BadgeGrant(BadgeApplication application, String grantedBy, LocalDateTime now) {
    this.application = application;
    this.badge = application.getBadge();
    this.holder = application.getApplicant();
    this.criteriaVersion = badge.getCurrentVersion();
    this.grantedBy = grantedBy;
    this.grantedAt = now;
  }

  public Long getId() {
    return id;
  }

  public Badge getBadge() {
    return badge;
  }

  public Person getHolder() {
    return holder;
  }

  public BadgeApplication getApplication() {
    return application;
  }

  public int getCriteriaVersion() {
    return criteriaVersion;
  }

  public LocalDateTime getGrantedAt() {
    return grantedAt;
  }

  public String getGrantedBy() {
    return grantedBy;
  }
}
