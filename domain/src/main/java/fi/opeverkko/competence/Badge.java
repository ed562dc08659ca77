package fi.opeverkko.competence;

import fi.opeverkko.platform.LocalizedName;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A badge of the catalogue: granted on evidence of applying a skill of its level and area in real
 * teaching. Its criteria are versioned ({@link BadgeVersion}): a change of the criteria or of the
 * evidence asked makes a new version, and each grant keeps the version it was granted on. A retired
 * badge is granted no more; the grants made of it stay valid.
 */
@Entity
@Table(name = "badge")
public class Badge {

  @Id
  @SequenceGenerator(name = "badge_seq", sequenceName = "badge_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "badge_seq")
  private Long id;

  @Column(name = "badge_level")
  private Level level;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fi", column = @Column(name = "area_fi")),
    @AttributeOverride(name = "sv", column = @Column(name = "area_sv")),
    @AttributeOverride(name = "en", column = @Column(name = "area_en"))
  })
  private LocalizedName area;

  @Embedded private LocalizedName name;

  @Column(name = "current_version")
  private int currentVersion;

  private boolean retired;

  @Column(name = "retired_at")
  private LocalDateTime retiredAt;

  @Version private long version;

  protected Badge() {}

  /** A new badge; its first criteria come as version 1 ({@link #firstVersion}). */
  Badge(BadgeDetails details) {
    this.level = details.level();
    this.area = Blanks.stripped(details.area());
    this.name = Blanks.stripped(details.name());
  }

  /** The first version of the criteria of a badge just persisted. */
  BadgeVersion firstVersion(BadgeDetails details, String author, LocalDateTime now) {
    currentVersion = 1;
    return new BadgeVersion(this, 1, details, author, now);
  }

  /**
   * Takes the keepers' changes. The level, area and name change in place; changed criteria or
   * evidence asked make a new version, returned to be kept. A retired badge is not changed.
   *
   * @param current the version in force, to compare the texts with
   */
  Optional<BadgeVersion> revise(
      BadgeDetails details, BadgeVersion current, String author, LocalDateTime now) {
    requireCurrent();
    this.level = details.level();
    this.area = Blanks.stripped(details.area());
    this.name = Blanks.stripped(details.name());
    if (current.sameTexts(details)) {
      return Optional.empty();
    }
    currentVersion++;
    return Optional.of(new BadgeVersion(this, currentVersion, details, author, now));
  }

  /** The badge with the id; refuses an unknown one. */
  static Badge existing(EntityManager em, Long badgeId) {
    Badge badge = badgeId == null ? null : em.find(Badge.class, badgeId);
    if (badge == null) {
      throw new CompetenceRuleException("competence.noSuchBadge");
    }
    return badge;
  }

  /** The version of the criteria in force. */
  BadgeVersion currentVersion(EntityManager em) {
    return em.createQuery(
            "SELECT v FROM BadgeVersion v WHERE v.badge = :badge AND v.number = :number",
            BadgeVersion.class)
        .setParameter("badge", this)
        .setParameter("number", currentVersion)
        .getSingleResult();
  }

  /** Retires the badge: no new applications or grants; earlier grants stay. */
  void retire(LocalDateTime now) {
    requireCurrent();
    retired = true;
    retiredAt = now;
  }

  /** Refuses a retired badge: it takes no changes, applications or grants. */
  void requireCurrent() {
    if (retired) {
      throw new CompetenceRuleException("competence.badgeRetired");
    }
  }

  public Long getId() {
    return id;
  }

  public Level getLevel() {
    return level;
  }

  public LocalizedName getArea() {
    return area;
  }

  public LocalizedName getName() {
    return name;
  }

  public int getCurrentVersion() {
    return currentVersion;
  }

  public boolean isRetired() {
    return retired;
  }

  public LocalDateTime getRetiredAt() {
    return retiredAt;
  }
}
