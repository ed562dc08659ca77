package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
 * One version of a badge's criteria and of the evidence it asks for. Never changed once written: a
 * grant names the version it was made on, and the version must still say what it said then.
 */
@Entity
@Table(name = "badge_version")
public class BadgeVersion {

  @Id
  @SequenceGenerator(
      name = "badge_version_seq",
      sequenceName = "badge_version_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_version_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "badge_id")
  private Badge badge;

  @Column(name = "version_number")
  private int number;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "criteria_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "criteria_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "criteria_en"))
  })
  private LocalizedText criteria;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "evidence_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "evidence_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "evidence_en"))
  })
  private LocalizedText evidence;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "created_by")
  private String createdBy;

  protected BadgeVersion() {}

  BadgeVersion(Badge badge, int number, BadgeDetails details, String author, LocalDateTime now) {
    this.badge = badge;
    this.number = number;
    this.criteria = details.criteria().stripped();
    this.evidence = details.evidence().stripped();
    this.createdBy = author;
    this.createdAt = now;
  }

  /** Whether the details say what this version says (blanks around the texts aside). */
  boolean sameTexts(BadgeDetails details) {
    return criteria.equals(details.criteria().stripped())
        && evidence.equals(details.evidence().stripped());
  }

  public Badge getBadge() {
    return badge;
  }

  public int getNumber() {
    return number;
  }

  public LocalizedText getCriteria() {
    return criteria;
  }

  public LocalizedText getEvidence() {
    return evidence;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
